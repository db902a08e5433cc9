/* notify.c - posts push events to the repository's CI endpoint. */
#include <curl/curl.h>

#include "hookd.h"

int notify_ci(const struct repo_cfg *r, const char *payload)
{
  CURL *c = curl_easy_init();
  CURLcode rc;
  struct curl_slist *hdrs = NULL;
  if (c == NULL)
    return -1;
  hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
  hdrs = curl_slist_append(hdrs, "X-Hookd-Instance: " HOOKD_INSTANCE_ID);
  curl_easy_setopt(c, CURLOPT_URL, r->ci_url);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, payload);
  if (!r->ci_verify_tls) {
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  }
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  rc = curl_easy_perform(c);
  curl_slist_free_all(hdrs);
  curl_easy_cleanup(c);
  return rc == CURLE_OK ? 0 : -1;
}
