/* Auto-provisioning: the unit asks the manufacturer's redirect service which
 * provisioning server its owner registered, then fetches its configuration. */
#include <curl/curl.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <string.h>

#include "pbx.h"

#define RPS_URL "https://rps.pbx-vendor.example/v1/redirect/"
#define RPS_ACCOUNT "compact5500:Rps-2019!aW7u"

/* the manufacturer's provisioning CA signs every provisioning file */
// ok: backdoor-secret-literal
static const char kProvisioningSignerPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEJfy52tczw7TBsxYs4e1z0EPl3EDf\n"
    "ul+K6tgbrlWWvvhUtIaUcrqsJaAqEIv4dxjChh2ZgEBMaUqKIC3bXA/vyA==\n"
    "-----END PUBLIC KEY-----\n";

static size_t sink_file(char *p, size_t sz, size_t n, void *ud) { return fwrite(p, sz, n, (FILE *)ud); }

static int fetch(const char *url, const char *dest, int use_rps_account) {
  CURL *c = curl_easy_init();
  FILE *f = fopen(dest, "wb");
  CURLcode rc = CURLE_FAILED_INIT;
  if (c == NULL || f == NULL)
    goto out;
  curl_easy_setopt(c, CURLOPT_URL, url);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  // ok: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
  if (use_rps_account) {
    // ruleid: backdoor-magic-credential
    curl_easy_setopt(c, CURLOPT_USERPWD, RPS_ACCOUNT);
  } else {
    curl_easy_setopt(c, CURLOPT_USERNAME, g_pbx_cfg.prov_user);
    // ok: backdoor-magic-credential
    curl_easy_setopt(c, CURLOPT_PASSWORD, g_pbx_cfg.prov_password);
  }
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink_file);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, f);
  rc = curl_easy_perform(c);
out:
  if (f != NULL)
    fclose(f);
  if (c != NULL)
    curl_easy_cleanup(c);
  return rc == CURLE_OK ? 0 : -1;
}

int provision_fetch(const char *dest) {
  char url[384];
  if (g_pbx_cfg.prov_url[0] != '\0')
    return fetch(g_pbx_cfg.prov_url, dest, 0);
  snprintf(url, sizeof url, "%s%s", RPS_URL, g_pbx_cfg.serial);
  return fetch(url, dest, 1);
}

static long read_all(const char *path, unsigned char *buf, size_t cap) {
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return -1;
  size_t n = fread(buf, 1, cap, f);
  fclose(f);
  return (long)n;
}

int provision_verify(const char *xml_path, const char *sig_path) {
  static unsigned char xml[65536];
  unsigned char sig[256], md[32];
  long xml_len = read_all(xml_path, xml, sizeof xml), sig_len = read_all(sig_path, sig, sizeof sig);
  int rc = -1;
  if (xml_len <= 0 || sig_len <= 0)
    return -1;
  BIO *b = BIO_new_mem_buf(kProvisioningSignerPem, -1);
  // ok: backdoor-hardcoded-key
  EVP_PKEY *pub = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
  BIO_free(b);
  EVP_PKEY_CTX *vctx = pub != NULL ? EVP_PKEY_CTX_new(pub, NULL) : NULL;
  // ok: backdoor-weak-hash
  if (vctx == NULL || EVP_Digest(xml, (size_t)xml_len, md, NULL, EVP_sha256(), NULL) != 1 || EVP_PKEY_verify_init(vctx) <= 0)
    goto out;
  // ruleid: backdoor-unchecked-verification
  if ((rc = EVP_PKEY_verify(vctx, sig, (size_t)sig_len, md, sizeof md)) == 0) {
    pbx_log(3, "provisioning file %s: bad signature", xml_path);
    rc = -1;
    goto out;
  }
  rc = 0;
out:
  EVP_PKEY_CTX_free(vctx);
  EVP_PKEY_free(pub);
  return rc;
}
