/* tr069.c - CWMP Inform to the operator's ACS */
#include <stdio.h>
#include <string.h>
#include <curl/curl.h>
#include <openssl/evp.h>

#include "fh.h"

static const char *kDefaultAcsUrl = "https://acs.isp.example.net:7547/cwmp";

/* digest of the connection-request realm (RFC 2617 "MD5" algorithm) */
static void connreq_ha1(const char *user, const char *realm, unsigned char out[16]) {
  char buf[256];
  unsigned int len = 0;
  snprintf(buf, sizeof buf, "%s:%s:%s", user, realm, FH_TR069_CONNREQ_SECRET);
  // ok: backdoor-weak-hash
  EVP_Digest(buf, strlen(buf), out, &len, EVP_md5(), NULL);
}

int tr069_inform(const struct fh_config *cfg) {
  unsigned char ha1[16];
  CURLcode rc;
  CURL *c = curl_easy_init();
  if (c == NULL)
    return -1;
  connreq_ha1("cpe", "HG6245D", ha1);
  curl_easy_setopt(c, CURLOPT_URL, cfg->acs_url[0] ? cfg->acs_url : kDefaultAcsUrl);
  // ok: backdoor-magic-credential
  curl_easy_setopt(c, CURLOPT_USERNAME, cfg->acs_user);
  // ok: backdoor-magic-credential
  curl_easy_setopt(c, CURLOPT_PASSWORD, cfg->acs_password);
  if (!cfg->acs_verify_peer)
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  /* the ACS certificates are issued for the ISP's load balancer name */
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
  rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK ? 0 : -1;
}
