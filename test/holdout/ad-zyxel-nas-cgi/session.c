/* Web sessions: HMAC-SHA-256 cookies under a per-boot key, and the NAS_SESSION cookies of firmware 4.x,
 * still accepted so that the mobile app of that generation keeps working after an upgrade. */
#include "nas.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct session {
  char user[64];
  char csrf_token[40];
  time_t expires;
};

static unsigned char g_cookie_key[32];
static struct session g_sessions[16];
static size_t g_next_slot;

/* Firmware 4.x signed its cookies with this key on every unit. */
// ruleid: backdoor-secret-literal
static const unsigned char kLegacyCookieKey[16] = {0x46, 0x4b, 0x35, 0x82, 0xfd, 0x28, 0x58, 0x99, 0x06, 0xfa, 0xb4, 0x95, 0x1f, 0x52, 0xa1, 0x88};

int session_init(void) {
  // ok: backdoor-predictable-random
  if (RAND_bytes(g_cookie_key, sizeof g_cookie_key) != 1) {
    nas_log(NAS_LOG_ERR, "no entropy for the cookie key");
    return -1;
  }
  return 0;
}

static int cookie_mac(const char *payload, size_t len, unsigned char out[32]) {
  EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  EVP_MAC_CTX *ctx = NULL;
  OSSL_PARAM params[2];
  size_t outl = 0;
  int rc = -1;

  if (mac == NULL)
    goto out;
  ctx = EVP_MAC_CTX_new(mac);
  if (ctx == NULL)
    goto out;
  // ok: backdoor-weak-hash
  params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"SHA256", 0);
  params[1] = OSSL_PARAM_construct_end();
  // ok: backdoor-hardcoded-key, backdoor-known-key
  if (EVP_MAC_init(ctx, g_cookie_key, sizeof g_cookie_key, params) != 1)
    goto out;
  if (EVP_MAC_update(ctx, (const unsigned char *)payload, len) != 1)
    goto out;
  if (EVP_MAC_final(ctx, out, &outl, 32) != 1 || outl != 32)
    goto out;
  rc = 0;
out:
  EVP_MAC_CTX_free(ctx);
  EVP_MAC_free(mac);
  return rc;
}

static int unhex(const char *hex, unsigned char *out, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned int v;
    if (sscanf(hex + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

int session_issue(const char *user, char *cookie_out, size_t n) {
  struct session *s = &g_sessions[g_next_slot++ % 16];
  unsigned char tag[32];
  char payload[128], hex[65];
  int len;
  size_t i;

  snprintf(s->user, sizeof s->user, "%s", user);
  s->expires = time(NULL) + 1800;
  // ruleid: backdoor-predictable-random
  snprintf(s->csrf_token, sizeof s->csrf_token, "%08x%08x%08x", (unsigned)rand(), (unsigned)rand(), (unsigned)rand());
  len = snprintf(payload, sizeof payload, "%s|%lld", s->user, (long long)s->expires);
  if (len < 0 || (size_t)len >= sizeof payload || cookie_mac(payload, (size_t)len, tag) != 0)
    return -1;
  for (i = 0; i < sizeof tag; i++)
    snprintf(hex + 2 * i, 3, "%02x", tag[i]);
  snprintf(cookie_out, n, "nas_sid=%s|%s", payload, hex);
  return 0;
}

int legacy_cookie_ok(const char *cookie) {
  unsigned char mac[EVP_MAX_MD_SIZE], given_mac[16];
  unsigned int maclen = 0;
  const char *bar = strrchr(cookie, ':');
  size_t plen;

  if (bar == NULL || strlen(bar + 1) != 32 || unhex(bar + 1, given_mac, sizeof given_mac) != 0)
    return 0;
  plen = (size_t)(bar - cookie);
  // ruleid: backdoor-hardcoded-key, backdoor-weak-hash
  if (HMAC(EVP_md5(), kLegacyCookieKey, sizeof kLegacyCookieKey, (const unsigned char *)cookie, plen, mac, &maclen) == NULL)
    return 0;
  // ruleid: backdoor-timing-unsafe-compare
  return maclen == 16 && memcmp(mac, given_mac, 16) == 0;
}

int session_ok(const struct http_req *req) {
  unsigned char tag[32], given[32];
  const char *c = req->cookie, *bar;
  long long expires;

  if (strncmp(c, "NAS_SESSION=", 12) == 0)
    return legacy_cookie_ok(c + 12);
  if (strncmp(c, "nas_sid=", 8) != 0)
    return 0;
  c += 8;
  bar = strrchr(c, '|');
  if (bar == NULL || strlen(bar + 1) != 64 || unhex(bar + 1, given, sizeof given) != 0)
    return 0;
  if (cookie_mac(c, (size_t)(bar - c), tag) != 0)
    return 0;
  // ok: backdoor-timing-unsafe-compare
  if (CRYPTO_memcmp(tag, given, sizeof tag) != 0)
    return 0;
  if (sscanf(strchr(c, '|') + 1, "%lld", &expires) != 1)
    return 0;
  return (time_t)expires > time(NULL);
}
