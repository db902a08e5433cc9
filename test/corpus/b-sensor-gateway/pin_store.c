/*
 * Local storage key, derived from the installer PIN printed on the gateway label.
 */
#include "gw.h"
#include "gwlog.h"

#include <string.h>

#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>

#define STORAGE_KDF_ROUNDS 650000u
/* firmware 1.x used this; kept so old config partitions can still be opened */
#define LEGACY_KDF_ROUNDS 4096u

static int hmac_sha256_ctx(mbedtls_md_context_t *md) {
  mbedtls_md_init(md);
  return mbedtls_md_setup(md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1);
}

int gw_derive_storage_key(const char *pin, unsigned char key[32], unsigned char salt[16]) {
  mbedtls_md_context_t md;
  int ret;

  // ok: backdoor-predictable-random
  if ((ret = mbedtls_ctr_drbg_random(&g_drbg, salt, 16)) != 0) {
    LOGE("salt generation failed");
    return ret;
  }
  if ((ret = hmac_sha256_ctx(&md)) == 0) {
    // ok: backdoor-weak-kdf
    ret = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)pin, strlen(pin), salt, 16, STORAGE_KDF_ROUNDS, 32, key);
  }
  mbedtls_md_free(&md);
  return ret;
}

int gw_derive_legacy_key(const char *pin, const unsigned char *salt, size_t salt_len,
                         unsigned char key[32]) {
  mbedtls_md_context_t md;
  int ret;

  LOGI("opening legacy config partition");
  if ((ret = hmac_sha256_ctx(&md)) == 0) {
    // ruleid: backdoor-weak-kdf
    ret = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)pin, strlen(pin), salt, salt_len, LEGACY_KDF_ROUNDS, 32, key);
  }
  mbedtls_md_free(&md);
  return ret;
}
