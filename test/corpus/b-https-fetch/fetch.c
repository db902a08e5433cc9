#include "fetch.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static size_t on_body(char *ptr, size_t size, size_t nmemb, void *userdata) {
  struct fetch_buf *b = userdata;
  size_t n = size * nmemb;

  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 4096;
    char *p;
    while (cap < b->len + n + 1)
      cap *= 2;
    p = realloc(b->data, cap);
    if (p == NULL)
      return 0;
    b->data = p;
    b->cap = cap;
  }
  memcpy(b->data + b->len, ptr, n);
  b->len += n;
  b->data[b->len] = '\0';
  return n;
}

void fetch_buf_free(struct fetch_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

static struct curl_slist *build_headers(const struct fetch_opts *o) {
  struct curl_slist *h = NULL;
  char auth[1024];

  h = curl_slist_append(h, "Accept: application/json");
  h = curl_slist_append(h, "User-Agent: libfetch/2.4");
  if (o->bearer_token != NULL) {
    snprintf(auth, sizeof auth, "Authorization: Bearer %s", o->bearer_token);
    // ok: backdoor-key-exfiltration
    h = curl_slist_append(h, auth);
  }
  return h;
}

int fetch_get(const char *url, const struct fetch_opts *o, struct fetch_buf *out) {
  CURL *curl;
  struct curl_slist *hdrs;
  CURLcode rc = CURLE_FAILED_INIT;
  long status = 0;
  int attempt;

  curl = curl_easy_init();
  if (curl == NULL)
    return -1;

  hdrs = build_headers(o);
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, o->connect_timeout_ms);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, o->total_timeout_ms);
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");

  if (fetch_apply_tls(curl, o) != 0 || fetch_apply_proxy(curl, o) != 0) {
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    return -1;
  }

  for (attempt = 0; attempt <= o->max_retries; attempt++) {
    out->len = 0;
    rc = curl_easy_perform(curl);
    if (rc == CURLE_OK) {
      curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
      if (status < 500)
        break;
    }
    log_msg(FLOG_WARN, "GET %s failed (%s, status %ld), attempt %d", url,
            curl_easy_strerror(rc), status, attempt + 1);
    usleep((useconds_t)fetch_backoff_ms(attempt) * 1000);
  }

  curl_slist_free_all(hdrs);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK)
    return -1;
  log_msg(FLOG_DEBUG, "GET %s -> %ld (%zu bytes)", url, status, out->len);
  return (int)status;
}
