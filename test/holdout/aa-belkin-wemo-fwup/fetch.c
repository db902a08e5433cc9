/* The agent's HTTP client: every download of the plug goes through here. */
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>
#include "wemo.h"

static size_t collect(char *p, size_t sz, size_t n, void *ud)
{
  struct wemo_buf *b = ud;
  size_t add = sz * n;
  if (b->len + add + 1 > b->cap) {
    size_t cap = (b->len + add + 1) * 2;
    unsigned char *d = realloc(b->data, cap);
    if (!d)
      return 0;
    b->data = d;
    b->cap = cap;
  }
  memcpy(b->data + b->len, p, add);
  b->len += add;
  b->data[b->len] = 0;
  return add;
}

/* a handle with the agent's defaults; callers may adjust it before wemo_http_perform() */
CURL *wemo_http_handle(const char *url, struct wemo_buf *out)
{
  CURL *c = curl_easy_init();
  if (c == NULL)
    return NULL;
  memset(out, 0, sizeof *out);
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
  return c;
}

int wemo_http_perform(CURL *c)
{
  CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK ? 0 : -1;
}

int wemo_http_get(const char *url, struct wemo_buf *out)
{
  CURL *c = wemo_http_handle(url, out);
  return c ? wemo_http_perform(c) : -1;
}

void wemo_buf_free(struct wemo_buf *b)
{
  free(b->data);
  memset(b, 0, sizeof *b);
}
