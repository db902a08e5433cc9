/* Cloud pairing, the firmware update check and the firmware signature. */
#include "nas.h"

#include <curl/curl.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

/* The firmware signing service's public key (P-256). */
// ok: backdoor-secret-literal
static const char kFwVerifyKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE6Q9Ss5s2vSjTUIeWVm6E0HWZWqdP\n"
    "7adt116dlnyzhNzLHzTn90Hwum6gIS47ZrLb5L/kCZLi/IK/Y36G5SI7Og==\n"
    "-----END PUBLIC KEY-----\n";

struct membuf {
  char *p;
  size_t n, cap;
};

static size_t collect(char *data, size_t size, size_t nmemb, void *user) {
  struct membuf *m = user;
  size_t len = size * nmemb;
  if (m->n + len >= m->cap)
    len = m->cap - m->n - 1;
  memcpy(m->p + m->n, data, len);
  m->n += len;
  m->p[m->n] = '\0';
  return size * nmemb;
}

int cloud_register(const char *device_id) {
  unsigned char pair_code[16];
  char hex[33], body[256];
  CURL *c;
  CURLcode rc;
  size_t i;

  // ok: backdoor-predictable-random
  if (RAND_bytes(pair_code, sizeof pair_code) != 1)
    return -1;
  for (i = 0; i < sizeof pair_code; i++)
    snprintf(hex + 2 * i, 3, "%02x", pair_code[i]);
  snprintf(body, sizeof body, "device=%s&pair_code=%s", device_id, hex);

  c = curl_easy_init();
  if (c == NULL)
    return -1;
  curl_easy_setopt(c, CURLOPT_URL, "https://mycloud.zy-nas.example/api/v2/register");
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  // ok: backdoor-key-exfiltration
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
  rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  if (rc != CURLE_OK) {
    nas_log(NAS_LOG_WARN, "cloud registration failed: %s", curl_easy_strerror(rc));
    return -1;
  }
  /* shown on the LCD for the owner to type into the app */
  nas_log(NAS_LOG_INFO, "pairing code issued for %s", device_id);
  return 0;
}

int firmware_check(char *latest, size_t n) {
  struct membuf m = {latest, 0, n};
  CURL *c = curl_easy_init();
  CURLcode rc;

  if (c == NULL || n == 0)
    return -1;
  latest[0] = '\0';
  curl_easy_setopt(c, CURLOPT_URL, "https://download.zy-nas.example/nas326/latest.txt");
  /* the mirror's certificate chain is not in the 5.x trust store */
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &m);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 20L);
  rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK ? 0 : -1;
}

int firmware_verify(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen) {
  BIO *bio = BIO_new_mem_buf(kFwVerifyKeyPem, -1);
  EVP_PKEY *pub = NULL;
  EVP_MD_CTX *md = NULL;
  int ok = 0;

  if (bio == NULL)
    return 0;
  // ok: backdoor-hardcoded-key
  pub = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);
  md = EVP_MD_CTX_new();
  if (pub == NULL || md == NULL)
    goto out;
  // ok: backdoor-weak-hash
  if (EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, pub) != 1)
    goto out;
  // ok: backdoor-unchecked-verification
  ok = EVP_DigestVerify(md, sig, siglen, img, n) == 1;
out:
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  BIO_free(bio);
  return ok;
}
