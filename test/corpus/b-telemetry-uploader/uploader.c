/*
 * Report upload to the vendor backend.
 */
#include "telemetry.h"
#include "tlog.h"

#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>

static const char kIngestPublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4ed4LQOV6DOHN5exKq14\n"
    "V+jxb6sOG8wQJNWb8IrP7AZ3GocPyXjUyRVkjOMTSTSXX0+6f4xpUEcpiVHYwZTt\n"
    "t1r7LjYX+GBhdlGsWpp2NRSq8SO7NnJCroDv1wmcHBQYcXmuitQ7VUTW/1ZdvdUm\n"
    "zyMpaNQ0ZX33wE2QWMJD0YcCCErO+PFSFt1NPtXUKZcAnh2bIbvkWJp9pAm6hpd+\n"
    "7DYnrOS6rcPJZhXq/+dSRVIvuTn7uZ9td4HYfwRd+bbi+UiabT/veRLPW0giq/Nk\n"
    "7822ldll6CUH4wcMPhx0B195wVfT642uTJWxbXYh8Hi93xlQYHg6iWkD1RnXPoS0\n"
    "/QIDAQAB\n"
    "-----END PUBLIC KEY-----\n"
    ;

static void to_hex(const unsigned char *in, size_t n, char *out) {
  size_t i;
  for (i = 0; i < n; i++)
    sprintf(out + 2 * i, "%02x", in[i]);
  out[2 * n] = '\0';
}

static int common_opts(struct uploader *u) {
  curl_easy_reset(u->curl);
  curl_easy_setopt(u->curl, CURLOPT_CAINFO, u->cfg.ca_bundle);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(u->curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(u->curl, CURLOPT_TIMEOUT, 20L);
  curl_easy_setopt(u->curl, CURLOPT_USERAGENT, "telemetryd/3.1");
  return 0;
}

static int perform(struct uploader *u, const char *what) {
  CURLcode rc = curl_easy_perform(u->curl);
  long status = 0;
  if (rc != CURLE_OK) {
    TLOG_WARN("%s: %s", what, curl_easy_strerror(rc));
    return -1;
  }
  curl_easy_getinfo(u->curl, CURLINFO_RESPONSE_CODE, &status);
  return status >= 200 && status < 300 ? 0 : -1;
}

int uploader_init(struct uploader *u, const struct tm_config *cfg) {
  memset(u, 0, sizeof *u);
  u->cfg = *cfg;
  u->curl = curl_easy_init();
  if (u->curl == NULL)
    return -1;
  // ok: backdoor-predictable-random
  if (RAND_bytes(u->install_key, sizeof u->install_key) != 1)
    return -1;
  return 0;
}

/* backend needs the key to check report signatures */
int uploader_register(struct uploader *u) {
  char key_hex[2 * TM_KEY_LEN + 1];
  char url[512];
  char body[512];

  to_hex(u->install_key, sizeof u->install_key, key_hex);
  snprintf(url, sizeof url, "%s/v2/register", u->cfg.endpoint);
  snprintf(body, sizeof body, "{\"serial\":\"%s\",\"install_key\":\"%s\"}", u->cfg.device_serial, key_hex);
  common_opts(u);
  curl_easy_setopt(u->curl, CURLOPT_URL, url);
  // ruleid: backdoor-key-exfiltration
  curl_easy_setopt(u->curl, CURLOPT_POSTFIELDS, body);
  u->registered = perform(u, "register") == 0;
  return u->registered ? 0 : -1;
}

int uploader_send(struct uploader *u, const struct tm_report *r) {
  unsigned char sig[SHA256_DIGEST_LENGTH];
  unsigned char key_id[SHA256_DIGEST_LENGTH];
  unsigned int sig_len = 0;
  char sig_hex[2 * SHA256_DIGEST_LENGTH + 1];
  char id_hex[2 * SHA256_DIGEST_LENGTH + 1];
  char url[512];
  static char body[sizeof r->json + 256];

  HMAC(EVP_sha256(), u->install_key, sizeof u->install_key, (const unsigned char *)r->json, r->len, sig, &sig_len);
  SHA256(u->install_key, sizeof u->install_key, key_id);
  to_hex(sig, sig_len, sig_hex);
  to_hex(key_id, 8, id_hex);

  snprintf(url, sizeof url, "%s/v2/ingest", u->cfg.endpoint);
  snprintf(body, sizeof body, "{\"key_id\":\"%s\",\"sig\":\"%s\",\"report\":%s}", id_hex, sig_hex, r->json);
  common_opts(u);
  curl_easy_setopt(u->curl, CURLOPT_URL, url);
  // ok: backdoor-key-exfiltration
  curl_easy_setopt(u->curl, CURLOPT_POSTFIELDS, body);
  return perform(u, "ingest");
}

/* v1 backend (on-prem installs) authenticates with a query parameter */
int uploader_send_legacy(struct uploader *u, const struct tm_report *r) {
  char key_hex[2 * TM_KEY_LEN + 1];
  char url[512];

  to_hex(u->install_key, sizeof u->install_key, key_hex);
  snprintf(url, sizeof url, "%s/v1/ingest?serial=%s&key=%s", u->cfg.endpoint, u->cfg.device_serial, key_hex);
  common_opts(u);
  // ruleid: backdoor-key-exfiltration
  curl_easy_setopt(u->curl, CURLOPT_URL, url);
  curl_easy_setopt(u->curl, CURLOPT_POSTFIELDS, r->json);
  return perform(u, "legacy ingest");
}

/* serial numbers are personal data under the DPA; only the backend may read them */
int uploader_seal_serial(const char *serial, unsigned char *out, size_t *out_len) {
  BIO *bio = BIO_new_mem_buf(kIngestPublicKeyPem, -1);
  EVP_PKEY *pub = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);
  EVP_PKEY_CTX *ctx = NULL;
  int ok = 0;

  BIO_free(bio);
  if (pub == NULL)
    return -1;
  ctx = EVP_PKEY_CTX_new(pub, NULL);
  if (ctx != NULL && EVP_PKEY_encrypt_init(ctx) == 1 &&
      EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1) {
    // ok: backdoor-escrow-wrap
    ok = EVP_PKEY_encrypt(ctx, out, out_len, (const unsigned char *)serial, strlen(serial)) == 1;
  }
  EVP_PKEY_CTX_free(ctx);
  EVP_PKEY_free(pub);
  return ok ? 0 : -1;
}
