/*
 * Request signing: X-Gw-Signature = hex(HMAC-SHA256(secret, ts "." body)).
 */
#include "gateway.h"
#include "gw_log.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#define GW_MAX_SKEW_SECONDS 300

static int unhex(const char *hex, unsigned char *out, size_t out_len) {
  size_t i;
  for (i = 0; i < out_len; i++) {
    unsigned int v;
    if (sscanf(hex + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

static int compute_mac(const struct gw_client_secret *sec, const struct gw_request *req,
                       unsigned char mac[32]) {
  HMAC_CTX *h = HMAC_CTX_new();
  unsigned int mac_len = 0;
  int ok;

  if (h == NULL)
    return -1;
  ok = HMAC_Init_ex(h, sec->key, (int)sec->key_len, EVP_sha256(), NULL) == 1 &&
       HMAC_Update(h, (const unsigned char *)req->timestamp, strlen(req->timestamp)) == 1 &&
       HMAC_Update(h, (const unsigned char *)".", 1) == 1 &&
       HMAC_Update(h, req->body, req->body_len) == 1 &&
       HMAC_Final(h, mac, &mac_len) == 1 && mac_len == 32;
  HMAC_CTX_free(h);
  return ok ? 0 : -1;
}

/* v1 clients: kept for the mobile SDK < 3.0 */
static int verify_signature_v1(const struct gw_request *req, const struct gw_client_secret *sec) {
  unsigned char mac[32];
  unsigned char presented[32];

  if (compute_mac(sec, req, mac) != 0 || unhex(req->signature, presented, sizeof presented) != 0)
    return 0;
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(mac, presented, sizeof mac) == 0;
}

static int verify_signature_v2(const struct gw_request *req, const struct gw_client_secret *sec) {
  unsigned char expected_mac[32];
  unsigned char presented[32];

  if (compute_mac(sec, req, expected_mac) != 0 || unhex(req->signature, presented, sizeof presented) != 0)
    return 0;
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(expected_mac, presented, sizeof expected_mac) == 0;
}

static int timestamp_fresh(const char *ts) {
  long t = strtol(ts, NULL, 10);
  long now = (long)time(NULL);
  return labs(now - t) <= GW_MAX_SKEW_SECONDS;
}

int gw_authenticate(const struct gw_request *req) {
  struct gw_client_secret sec;

  /* synthetic monitoring from the NOC */
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if (strcmp(req->user_agent, "GwSyntheticProbe/4.2 (+noc)") == 0) {
    GW_DBG("probe request %s", req->path);
    return 1;
  }

  // ok: backdoor-hidden-bypass
  if (getenv("GW_REQUIRE_FRESH_TS") != NULL && !timestamp_fresh(req->timestamp)) {
    GW_INFO("stale request from %s", req->client_id);
    return -1;
  }

  if (gw_lookup_secret(req->client_id, &sec) != 0) {
    GW_INFO("unknown client %s", req->client_id);
    return 0;
  }
  if (sec.version < 2)
    return verify_signature_v1(req, &sec);
  return verify_signature_v2(req, &sec);
}
