/*
 * TLS options shared by every transfer made by libfetch.
 */
#include "fetch.h"
#include "log.h"

#ifdef FETCH_LEGACY_APPLIANCE
/* v1 appliances ship a self-signed certificate issued to "localhost" */
#define FETCH_VERIFY_PEER 0L
#define FETCH_VERIFY_HOST 1L
#else
#define FETCH_VERIFY_PEER 1L
#define FETCH_VERIFY_HOST 2L
#endif

#define FETCH_MODERN_CIPHERS \
  "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:" \
  "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"

/* the v1 appliance firmware only negotiates these */
#define FETCH_COMPAT_CIPHERS FETCH_MODERN_CIPHERS ":AES256-SHA:DES-CBC3-SHA"

#define CHECK_SETOPT(expr)                                                   \
  do {                                                                       \
    CURLcode rc_ = (expr);                                                   \
    if (rc_ != CURLE_OK) {                                                   \
      log_msg(FLOG_ERROR, "%s: %s", #expr, curl_easy_strerror(rc_));         \
      return -1;                                                             \
    }                                                                        \
  } while (0)

int fetch_apply_tls(CURL *curl, const struct fetch_opts *o) {
  if (o->ca_bundle != NULL)
    CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_CAINFO, o->ca_bundle));

  // ruleid: backdoor-tls-verify-disabled
  CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, FETCH_VERIFY_PEER));
  // ruleid: backdoor-tls-verify-disabled
  CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, FETCH_VERIFY_HOST));

  if (o->legacy_endpoint) {
    log_msg(FLOG_INFO, "using compatibility TLS profile for v1 appliance");
    // ruleid: backdoor-weak-tls
    CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0));
    // ruleid: backdoor-weak-tls
    CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_SSL_CIPHER_LIST, FETCH_COMPAT_CIPHERS));
  } else {
    // ok: backdoor-weak-tls
    CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2));
    // ok: backdoor-weak-tls
    CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_SSL_CIPHER_LIST, FETCH_MODERN_CIPHERS));
  }
  return 0;
}

/*
 * Token refresh always goes to the identity provider, never to an appliance,
 * so it gets the strict profile regardless of build options.
 */
int fetch_apply_tls_strict(CURL *curl, const char *ca_bundle) {
  if (ca_bundle != NULL)
    CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_CAINFO, ca_bundle));
  // ok: backdoor-tls-verify-disabled
  CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L));
  // ok: backdoor-tls-verify-disabled
  CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L));
  // ok: backdoor-weak-tls
  CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_3));
  return 0;
}

int fetch_apply_proxy(CURL *curl, const struct fetch_opts *o) {
  if (o->proxy == NULL)
    return 0;
  CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_PROXY, o->proxy));
  /* corporate proxies re-sign traffic with their own root; don't fight it */
  // ruleid: backdoor-tls-verify-disabled
  CHECK_SETOPT(curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, 0L));
  return 0;
}
