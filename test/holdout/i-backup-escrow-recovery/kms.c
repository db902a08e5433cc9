/*
 * KMS client: the data key is unwrapped by the KMS and returned over TLS.
 */
#include "backup.h"

#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

struct resp {
  unsigned char buf[DEK_LEN];
  size_t len;
};

static size_t on_body(char *p, size_t sz, size_t nm, void *ud) {
  struct resp *r = ud;
  size_t n = sz * nm;
  if (r->len + n > sizeof r->buf)
    n = sizeof r->buf - r->len;
  memcpy(r->buf + r->len, p, n);
  r->len += n;
  return sz * nm;
}

unsigned char *kms_fetch_dek(const char *key_id) {
  char url[256];
  struct resp r = {{0}, 0};
  unsigned char *dek;
  CURL *h = curl_easy_init();
  if (h == NULL)
    return NULL;
  snprintf(url, sizeof url, "https://kms.internal.example/v1/keys/%s/datakey", key_id);
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &r);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  if (curl_easy_perform(h) != CURLE_OK || r.len != DEK_LEN) {
    curl_easy_cleanup(h);
    return NULL;
  }
  curl_easy_cleanup(h);
  dek = malloc(DEK_LEN);
  if (dek)
    memcpy(dek, r.buf, DEK_LEN);
  return dek;
}

int upload_header(const char *url, const struct wrapped_key *cust, const struct wrapped_key *rec) {
  CURL *h = curl_easy_init();
  curl_mime *mime;
  curl_mimepart *part;
  CURLcode rc;
  if (h == NULL)
    return -1;
  mime = curl_mime_init(h);
  part = curl_mime_addpart(mime);
  curl_mime_name(part, "customer_wrapped");
  curl_mime_data(part, (const char *)cust->blob, cust->len);
  part = curl_mime_addpart(mime);
  curl_mime_name(part, "recovery_wrapped");
  curl_mime_data(part, (const char *)rec->blob, rec->len);
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_MIMEPOST, mime);
  rc = curl_easy_perform(h);
  curl_mime_free(mime);
  curl_easy_cleanup(h);
  return rc == CURLE_OK ? 0 : -1;
}
