/*
 * Cloud check-in with libcurl.
 */
#include "agent_cfg.h"

#include <curl/curl.h>

int agent_checkin(const char *url, const char *body) {
  CURL *h = curl_easy_init();
  CURLcode rc;
  if (h == NULL)
    return -1;
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
  curl_easy_setopt(h, CURLOPT_CAINFO, kAgentCloudTls.ca_bundle);
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, kAgentCloudTls.verify_peer);
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, kAgentCloudTls.verify_host);
  rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK ? 0 : -1;
}

/* --insecure and --ca-bundle from the operator's command line. */
int agent_checkin_custom(const char *url, const char *body, const struct agent_cmdline *cl) {
  CURL *h = curl_easy_init();
  CURLcode rc;
  if (h == NULL)
    return -1;
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
  if (cl->ca_bundle)
    curl_easy_setopt(h, CURLOPT_CAINFO, cl->ca_bundle);
  if (cl->insecure) {
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
  }
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK ? 0 : -1;
}
