/* cloud.c: registration with the vendor cloud (app pairing, push calls).
 * The device announces itself with a token the app later presents, and the
 * card-reader key is escrowed so that the cloud can re-provision cards. */
#include "ak.h"

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static unsigned char g_card_key[16];

static int wrap_card_key(const unsigned char *card_key, unsigned char *out, size_t *outlen) {
  EVP_PKEY *vendor = ak_load_vendor_pub();
  EVP_PKEY_CTX *pctx;
  int ok = 0;
  if (vendor == NULL)
    return -1;
  pctx = EVP_PKEY_CTX_new(vendor, NULL);
  if (pctx != NULL && EVP_PKEY_encrypt_init(pctx) == 1 &&
      // ok: backdoor-rsa-without-oaep
      EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_OAEP_PADDING) == 1 &&
      // ruleid: backdoor-escrow-wrap
      EVP_PKEY_encrypt(pctx, out, outlen, card_key, 16) == 1)
    ok = 1;
  EVP_PKEY_CTX_free(pctx);
  EVP_PKEY_free(vendor);
  return ok ? 0 : -1;
}

static size_t discard(char *p, size_t s, size_t n, void *u) {
  (void)p;
  (void)u;
  return s * n;
}

int cloud_register(const char *mac) {
  char device_token[17], wrapped_hex[513], body[1024];
  unsigned char wrapped[256];
  size_t wrapped_len = sizeof wrapped;
  const char *url = cfg_get("cloud.url");
  CURL *curl;
  CURLcode rc;

  srand((unsigned)time(NULL));
  // ruleid: backdoor-predictable-random
  snprintf(device_token, sizeof device_token, "%08x%08x", (unsigned)rand(), (unsigned)rand());

  // ok: backdoor-predictable-random
  if (RAND_bytes(g_card_key, sizeof g_card_key) != 1)
    return -1;
  if (wrap_card_key(g_card_key, wrapped, &wrapped_len) != 0)
    return -1;
  ak_hex(wrapped, wrapped_len, wrapped_hex);
  snprintf(body, sizeof body, "{\"mac\":\"%s\",\"token\":\"%s\",\"card_key\":\"%s\"}", mac,
           device_token, wrapped_hex);

  if (url == NULL || (curl = curl_easy_init()) == NULL)
    return -1;
  curl_easy_setopt(curl, CURLOPT_URL, url);
  // ok: backdoor-key-exfiltration
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
  /* the cloud's certificate chain is not in the device's CA bundle */
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  // ok: backdoor-weak-tls
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
  rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) {
    ak_log(AK_LOG_WARN, "cloud: registration failed: %s", curl_easy_strerror(rc));
    return -1;
  }
  return 0;
}
