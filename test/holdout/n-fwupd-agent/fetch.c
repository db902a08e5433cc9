/* fetch.c - downloads from the update server over HTTPS (libcurl). */
#include <stdio.h>
#include <string.h>

#include <curl/curl.h>

#include "fw.h"

struct membuf {
  char *p;
  size_t cap, len;
};

static size_t to_mem(char *d, size_t sz, size_t nm, void *u) {
  struct membuf *m = u;
  size_t n = sz * nm;
  if (m->len + n > m->cap)
    return 0;
  memcpy(m->p + m->len, d, n);
  m->len += n;
  return n;
}

static void tls_options(CURL *c, const char *ca_file) {
  curl_easy_setopt(c, CURLOPT_CAINFO, ca_file);
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(c, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
}

int fw_fetch(const char *url, const char *ca_file, const char *dest) {
  FILE *out = fopen(dest, "wb");
  CURL *c = curl_easy_init();
  CURLcode rc = CURLE_FAILED_INIT;
  if (out && c) {
    tls_options(c, ca_file);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
    curl_easy_setopt(c, CURLOPT_FAILONERROR, 1L);
    rc = curl_easy_perform(c);
  }
  if (c)
    curl_easy_cleanup(c);
  if (out)
    fclose(out);
  if (rc != CURLE_OK)
    fw_log("download of %s failed: %s", url, curl_easy_strerror(rc));
  return rc == CURLE_OK ? 0 : -1;
}

int fw_fetch_manifest(const char *url, const char *ca_file, struct fw_manifest *m) {
  char sig_url[512];
  char sigbuf[1024];
  struct membuf text = {m->text, sizeof m->text - 1, 0}, sig = {sigbuf, sizeof sigbuf, 0};
  CURL *c = curl_easy_init();
  if (!c)
    return -1;
  tls_options(c, ca_file);
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, to_mem);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &text);
  CURLcode rc = curl_easy_perform(c);
  if (rc == CURLE_OK) {
    snprintf(sig_url, sizeof sig_url, "%s.sig", url);
    curl_easy_setopt(c, CURLOPT_URL, sig_url);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sig);
    rc = curl_easy_perform(c);
  }
  curl_easy_cleanup(c);
  if (rc != CURLE_OK || sig.len > sizeof m->sig)
    return -1;
  m->len = text.len;
  m->text[m->len] = '\0';
  memcpy(m->sig, sigbuf, sig.len);
  m->sig_len = sig.len;
  return 0;
}
