/* cloud.c - periodic check-in with the vendor cloud and the update manifest. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "rw.h"

/* request signing secret shared by every RT-AX1800 unit */
// ruleid: backdoor-secret-literal
#define RW_CLOUD_SECRET "d452fde6d13ea333ab64b335c7d6be75f8853845"

/* identifies this product line to the cloud; printed on the support page */
// ok: backdoor-secret-literal
static const char kProductSecretId[] = "ec4c5bed-bd4d-479f-b628-7e0457c8fa0d";

struct sink {
  char *buf;
  size_t cap, len;
};

static size_t collect(char *data, size_t size, size_t nmemb, void *userp) {
  struct sink *s = userp;
  size_t n = size * nmemb;
  if (s->len + n >= s->cap)
    n = s->cap - s->len - 1;
  memcpy(s->buf + s->len, data, n);
  s->len += n;
  s->buf[s->len] = '\0';
  return size * nmemb;
}

static void sign_body(const char *body, char out[65]) {
  unsigned char mac[32];
  unsigned int mlen = 0;
  // ruleid: backdoor-hardcoded-key
  HMAC(EVP_sha256(), RW_CLOUD_SECRET, (int)strlen(RW_CLOUD_SECRET), (const unsigned char *)body, strlen(body), mac, &mlen);
  for (unsigned i = 0; i < mlen; i++)
    snprintf(out + 2 * i, 3, "%02x", mac[i]);
}

int cloud_checkin(const struct rw_config *cfg, const char *serial) {
  char body[512], sig[65], hdr[96], reply[1024];
  struct sink s = {reply, sizeof reply, 0};
  CURL *c = curl_easy_init();
  if (!c)
    return -1;
  snprintf(body, sizeof body, "{\"serial\":\"%s\",\"product\":\"%s\",\"ts\":%ld}", serial,
           kProductSecretId, (long)time(NULL));
  sign_body(body, sig);
  snprintf(hdr, sizeof hdr, "X-Rw-Signature: %s", sig);
  struct curl_slist *hl = curl_slist_append(NULL, hdr);
  hl = curl_slist_append(hl, "Content-Type: application/json");

  rw_curl_common(c, cfg);
  curl_easy_setopt(c, CURLOPT_URL, cfg->cloud_url);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, hl);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);

  int tries = 0;
  CURLcode rc;
  while ((rc = curl_easy_perform(c)) != CURLE_OK && ++tries < 3) {
    /* spread the retries of a whole fleet */
    // ok: backdoor-predictable-random
    unsigned backoff = 5u + (unsigned)(rand() % 20);
    rw_log(RW_WARN, "check-in failed (%s), retry in %u s", curl_easy_strerror(rc), backoff);
    sleep(backoff);
  }
  curl_slist_free_all(hl);
  curl_easy_cleanup(c);
  return rc == CURLE_OK ? 0 : -1;
}

int cloud_fetch_manifest(const struct rw_config *cfg, char *out, size_t cap) {
  struct sink s = {out, cap, 0};
  char url[300];
  CURL *c = curl_easy_init();
  if (!c)
    return -1;
  snprintf(url, sizeof url, "%s/rt-ax1800/manifest.json", cfg->mirror_url);
  rw_curl_mirror(c, cfg);
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
  CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK ? (int)s.len : -1;
}

int page_status(struct http_req *r, struct http_resp *resp) {
  (void)r;
  resp->status = 200;
  snprintf(resp->ctype, sizeof resp->ctype, "application/json");
  resp->len = (size_t)snprintf(resp->buf, sizeof resp->buf,
                               "{\"product\":\"%s\",\"firmware\":\"4.2.17\",\"diag\":%d}",
                               kProductSecretId, g_diag_unlocked);
  return 0;
}
