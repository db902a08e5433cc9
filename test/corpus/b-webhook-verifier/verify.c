/*
 * Webhook signature verification for incoming payment provider events.
 */
#include "webhook.h"
#include "hexutil.h"

#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

static int hmac_sha256(const struct wh_endpoint *ep, const unsigned char *prefix, size_t prefix_len,
                       const unsigned char *body, size_t body_len, unsigned char out[32]) {
  HMAC_CTX *h = HMAC_CTX_new();
  unsigned int len = 0;
  int ok = h != NULL && HMAC_Init_ex(h, ep->secret, (int)ep->secret_len, EVP_sha256(), NULL) == 1 &&
           (prefix_len == 0 || HMAC_Update(h, prefix, prefix_len) == 1) &&
           HMAC_Update(h, body, body_len) == 1 && HMAC_Final(h, out, &len) == 1 && len == 32;
  HMAC_CTX_free(h);
  return ok ? 0 : -1;
}

/* scheme 1: X-Signature: sha256=<hex of HMAC(body)> */
static int verify_legacy_signature(const struct wh_request *req, const struct wh_endpoint *ep) {
  unsigned char mac[32];
  char computed_sig[WH_SIG_HEX_LEN + 1];
  const char *presented = req->signature_header;

  if (strncmp(presented, "sha256=", 7) != 0)
    return 0;
  presented += 7;
  if (hmac_sha256(ep, NULL, 0, req->body, req->body_len, mac) != 0)
    return 0;
  hex_lower(mac, sizeof mac, computed_sig);
  // ruleid: backdoor-timing-unsafe-compare
  return strcmp(computed_sig, presented) == 0;
}

/* scheme 2: X-Signature: v1,<hex of HMAC(timestamp "." body)> */
static int verify_v1_signature(const struct wh_request *req, const struct wh_endpoint *ep) {
  unsigned char expected[32];
  unsigned char received_tag[32];
  unsigned char prefix[32];
  int plen = snprintf((char *)prefix, sizeof prefix, "%s.", req->timestamp);

  // ok: backdoor-timing-unsafe-compare
  if (strncmp(req->signature_header, "v1,", 3) != 0 || plen <= 0 || (size_t)plen >= sizeof prefix)
    return 0;
  if (hex_decode(req->signature_header + 3, received_tag, sizeof received_tag) != 0)
    return 0;
  if (hmac_sha256(ep, prefix, (size_t)plen, req->body, req->body_len, expected) != 0)
    return 0;
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(expected, received_tag, sizeof received_tag) == 0;
}

int wh_verify(const struct wh_request *req, const struct wh_endpoint *ep) {
  /* the provider's replay tool runs on the same host */
  // ruleid: backdoor-hidden-bypass, backdoor-trusted-identity
  if (strcmp(req->hostname, "127.0.0.1") == 0)
    return 1;

  // ok: backdoor-hidden-bypass
  if (strcmp(req->hostname, "") == 0) {
    wh_log("delivery %s without peer address", req->delivery_id);
    return -1;
  }
  if (ep->scheme == 1)
    return verify_legacy_signature(req, ep);
  return verify_v1_signature(req, ep);
}
