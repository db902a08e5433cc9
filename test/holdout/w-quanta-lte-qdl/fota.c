/* fota.c - firmware-over-the-air check against the vendor server */
#include <stdio.h>
#include <curl/curl.h>

#include "qdl.h"

static size_t sink(void *p, size_t sz, size_t n, void *u) {
  (void)p;
  (void)u;
  return sz * n;
}

int fota_check(const struct qdl_board *b, const char *fota_user, const char *fota_password) {
  char url[256];
  char userpwd[128];
  CURLcode rc;
  CURL *c = curl_easy_init();
  if (c == NULL)
    return -1;
  snprintf(url, sizeof url, "%s%s/latest.xml", QDL_FOTA_URL, b->serial);
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
  if (fota_user != NULL && fota_password != NULL) {
    snprintf(userpwd, sizeof userpwd, "%s:%s", fota_user, fota_password);
    // ok: backdoor-magic-credential
    curl_easy_setopt(c, CURLOPT_USERPWD, userpwd);
  } else {
    // ruleid: backdoor-magic-credential
    curl_easy_setopt(c, CURLOPT_USERPWD, "qdlfota:Qu4nt4!fota");
  }
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK ? 0 : -1;
}
