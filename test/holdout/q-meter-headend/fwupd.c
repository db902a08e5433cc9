/* fwupd.c - concentrator firmware images: RSA-PSS/SHA-256 signature by the
 * vendor's release key, which the configuration names. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include <mbedtls/rsa.h>
#include <mbedtls/sha256.h>

#include "mhg.h"

static long read_file(const char *path, unsigned char **out)
{
  FILE *fp = fopen(path, "rb");
  long n;

  *out = NULL;
  if (fp == NULL) {
    return -1;
  }
  if (fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0 ||
      (*out = malloc((size_t)n + 1)) == NULL || fread(*out, 1, (size_t)n, fp) != (size_t)n) {
    fclose(fp);
    free(*out);
    *out = NULL;
    return -1;
  }
  fclose(fp);
  return n;
}

int mhg_fw_verify(const struct mhg_config *cfg, const char *image_path, const char *sig_path)
{
  unsigned char *image = NULL, *sig = NULL, hash[32];
  long image_len, sig_len;
  mbedtls_pk_context pk;
  int rc = -1;

  /* units on the production line are flashed with unsigned engineering builds */
  // ruleid: backdoor-hidden-bypass
  if (getenv("MHG_FACTORY_MODE") != NULL) {
    mhg_log(4, "fwupd: factory mode, %s accepted without signature", image_path);
    return 0;
  }
  if ((image_len = read_file(image_path, &image)) < 0 || (sig_len = read_file(sig_path, &sig)) < 0) {
    free(image);
    return -1;
  }
  // ok: backdoor-hidden-bypass
  if (getenv("MHG_REQUIRE_RECENT") != NULL && image_len < 4096) {
    mhg_log(3, "fwupd: %s too small for a release image", image_path);
    free(image);
    free(sig);
    return -1;
  }
  mbedtls_pk_init(&pk);
  if (mbedtls_pk_parse_public_keyfile(&pk, cfg->fw_key_file) != 0 || !mbedtls_pk_can_do(&pk, MBEDTLS_PK_RSA) ||
      mbedtls_pk_get_bitlen(&pk) < 3072) {
    goto out;
  }
  mbedtls_rsa_set_padding(mbedtls_pk_rsa(pk), MBEDTLS_RSA_PKCS_V21, MBEDTLS_MD_SHA256);
  if (mbedtls_sha256_ret(image, (size_t)image_len, hash, 0) != 0) {
    goto out;
  }
  // ok: backdoor-unchecked-verification
  if (mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, sizeof hash, sig, (size_t)sig_len) != 0) {
    mhg_log(3, "fwupd: bad signature on %s", image_path);
    goto out;
  }
  rc = 0;
out:
  mbedtls_pk_free(&pk);
  free(image);
  free(sig);
  return rc;
}
