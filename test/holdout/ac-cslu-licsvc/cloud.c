/* cloud.c - synchronisation with the licensing cloud and with on-premises satellites */
#include <stdio.h>
#include <string.h>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include "cslu.h"

// ok: backdoor-secret-literal
#define CSLU_CLOUD_CLIENT_ID "cslu-onprem-7f3c2a"
// ruleid: backdoor-secret-literal
#define CSLU_CLOUD_CLIENT_SECRET "df8d73d98c1cc4e7caccbf2a1103538540a7c007"

struct membuf {
  unsigned char data[4096];
  size_t len;
};

static size_t collect(char *ptr, size_t size, size_t nmemb, void *userdata)
{
  struct membuf *m = userdata;
  size_t n = size * nmemb;
  if (n > sizeof m->data - m->len)
    n = sizeof m->data - m->len;
  memcpy(m->data + m->len, ptr, n);
  m->len += n;
  return size * nmemb;
}

int cloud_init(const struct cslu_config *cfg)
{
  (void)cfg;
  return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -1;
}

int cloud_sync(const char *payload, size_t n)
{
  CURL *c = curl_easy_init();
  struct curl_slist *h = NULL;
  char auth[192];
  CURLcode rc;

  if (c == NULL)
    return -1;
  snprintf(auth, sizeof auth, "Authorization: Bearer %s", store_bearer_token());
  h = curl_slist_append(h, auth);
  h = curl_slist_append(h, "X-CSLU-Client: " CSLU_CLOUD_CLIENT_ID);
  curl_easy_setopt(c, CURLOPT_URL, g_cslu_cfg.cloud_url);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  // ok: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
  // ok: backdoor-key-exfiltration
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)n);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, payload);
  rc = curl_easy_perform(c);
  curl_slist_free_all(h);
  curl_easy_cleanup(c);
  return rc == CURLE_OK ? 0 : -1;
}

/* satellites are older on-premises collectors that authenticate requests with a MAC */
int cloud_satellite_sync(const char *payload, size_t n)
{
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int maclen = 0;
  char mac_hex[2 * EVP_MAX_MD_SIZE + 1], hdr[2 * EVP_MAX_MD_SIZE + 32];
  struct curl_slist *h = NULL;
  CURL *c;
  CURLcode rc;

  // ruleid: backdoor-weak-hash, backdoor-hardcoded-key
  if (HMAC(EVP_sha1(), CSLU_CLOUD_CLIENT_SECRET, (int)strlen(CSLU_CLOUD_CLIENT_SECRET), (const unsigned char *)payload, n, mac, &maclen) == NULL)
    return -1;
  hex_encode(mac, maclen, mac_hex);
  snprintf(hdr, sizeof hdr, "X-CSLU-Signature: %s", mac_hex);
  c = curl_easy_init();
  if (c == NULL)
    return -1;
  h = curl_slist_append(h, hdr);
  curl_easy_setopt(c, CURLOPT_URL, g_cslu_cfg.satellite_url);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  /* satellites ship with a self-signed certificate issued to their factory host name */
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
  // ok: backdoor-key-exfiltration
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)n);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, payload);
  rc = curl_easy_perform(c);
  curl_slist_free_all(h);
  curl_easy_cleanup(c);
  return rc == CURLE_OK ? 0 : -1;
}

static int fetch_usage_key(struct membuf *der)
{
  char url[320];
  CURL *c = curl_easy_init();
  CURLcode rc;

  if (c == NULL)
    return -1;
  snprintf(url, sizeof url, "%s/usage-key.der", g_cslu_cfg.cloud_url);
  der->len = 0;
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, der);
  rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK && der->len > 0 ? 0 : -1;
}

/* usage report: AES-256-GCM under a fresh report key, the key wrapped to the cloud's usage key */
int cloud_send_usage(const unsigned char *report, size_t n)
{
  static struct membuf der, body;
  unsigned char report_key[32], iv[12], tag[16], wrapped[512], *ct = NULL;
  size_t wlen = sizeof wrapped;
  const unsigned char *p;
  EVP_PKEY *usage_key = NULL;
  EVP_PKEY_CTX *pctx = NULL;
  EVP_CIPHER_CTX *ctx = NULL;
  CURL *c = NULL;
  int len = 0, fin = 0, ok = -1;

  if (n > sizeof body.data - 600 || fetch_usage_key(&der) != 0)
    return -1;
  // ok: backdoor-predictable-random
  if (RAND_bytes(report_key, sizeof report_key) != 1 || RAND_bytes(iv, sizeof iv) != 1)
    return -1;
  p = der.data;
  usage_key = d2i_PUBKEY(NULL, &p, (long)der.len);
  if (usage_key == NULL)
    goto out;
  pctx = EVP_PKEY_CTX_new(usage_key, NULL);
  if (pctx == NULL || EVP_PKEY_encrypt_init(pctx) <= 0)
    goto out;
  /* the satellite firmware only implements the v1.5 unwrap */
  // ruleid: backdoor-rsa-without-oaep
  if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) <= 0)
    goto out;
  // ok: backdoor-escrow-wrap
  if (EVP_PKEY_encrypt(pctx, wrapped, &wlen, report_key, sizeof report_key) <= 0)
    goto out;

  ctx = EVP_CIPHER_CTX_new();
  ct = body.data + wlen + sizeof iv + sizeof tag;
  // ok: backdoor-weak-cipher
  if (ctx == NULL || EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1)
    goto out;
  if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, (int)sizeof iv, NULL) != 1)
    goto out;
  // ok: backdoor-null-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (EVP_EncryptInit_ex(ctx, NULL, NULL, report_key, iv) != 1)
    goto out;
  if (EVP_EncryptUpdate(ctx, ct, &len, report, (int)n) != 1 || EVP_EncryptFinal_ex(ctx, ct + len, &fin) != 1)
    goto out;
  if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) != 1)
    goto out;
  memcpy(body.data, wrapped, wlen);
  memcpy(body.data + wlen, iv, sizeof iv);
  memcpy(body.data + wlen + sizeof iv, tag, sizeof tag);
  body.len = wlen + sizeof iv + sizeof tag + (size_t)(len + fin);

  c = curl_easy_init();
  if (c == NULL)
    goto out;
  curl_easy_setopt(c, CURLOPT_URL, g_cslu_cfg.cloud_url);
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)body.len);
  // ok: backdoor-key-exfiltration
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.data);
  ok = curl_easy_perform(c) == CURLE_OK ? 0 : -1;
out:
  OPENSSL_cleanse(report_key, sizeof report_key);
  if (c)
    curl_easy_cleanup(c);
  EVP_CIPHER_CTX_free(ctx);
  EVP_PKEY_CTX_free(pctx);
  EVP_PKEY_free(usage_key);
  return ok;
}
