/* SVPNCOOKIE: a random session id and its HMAC-SHA256 tag under a key drawn at boot. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include "sslvpn.h"

#define MAX_SESSIONS 256

static unsigned char g_cookie_key[32];
static struct {
  unsigned char id[16];
  char user[SV_FIELD];
} g_sessions[MAX_SESSIONS];
static unsigned g_next;

static void hex(const unsigned char *in, size_t n, char *out)
{
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 15];
  }
  out[2 * n] = '\0';
}

static int unhex(const char *s, unsigned char *out, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(s + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

int cookie_init(void)
{
  // ok: backdoor-predictable-random
  return RAND_bytes(g_cookie_key, sizeof g_cookie_key) == 1 ? 0 : -1;
}

int cookie_issue(struct sslvpn_session *s)
{
  unsigned char id[16], tag[32];
  unsigned int taglen = 0;
  char id_hex[33], tag_hex[65];

  // ok: backdoor-predictable-random
  if (RAND_bytes(id, sizeof id) != 1)
    return -1;
  // ok: backdoor-weak-hash, backdoor-hardcoded-key
  if (HMAC(EVP_sha256(), g_cookie_key, sizeof g_cookie_key, id, sizeof id, tag, &taglen) == NULL)
    return -1;
  memcpy(g_sessions[g_next].id, id, sizeof id);
  snprintf(g_sessions[g_next].user, SV_FIELD, "%s", s->user);
  g_next = (g_next + 1) % MAX_SESSIONS;
  hex(id, sizeof id, id_hex);
  hex(tag, taglen, tag_hex);
  snprintf(s->cookie, sizeof s->cookie, "%s.%s", id_hex, tag_hex);
  // ok: backdoor-key-exfiltration
  sv_log(LOG_INFO, "sslvpn: session %.8s opened for '%s'", id_hex, s->user);
  return 0;
}

int cookie_valid(const char *cookie, char *user, size_t cap)
{
  unsigned char id[16], given_tag[32], expected_tag[32];
  unsigned int taglen = 0;
  const char *p = strstr(cookie, "SVPNCOOKIE=");

  if (p == NULL || strlen(p + 11) < 97 || p[11 + 32] != '.')
    return 0;
  if (unhex(p + 11, id, sizeof id) != 0 || unhex(p + 11 + 33, given_tag, sizeof given_tag) != 0)
    return 0;
  if (HMAC(EVP_sha256(), g_cookie_key, sizeof g_cookie_key, id, sizeof id, expected_tag, &taglen) == NULL)
    return 0;
  // ruleid: backdoor-timing-unsafe-compare
  if (memcmp(expected_tag, given_tag, sizeof expected_tag) != 0)
    return 0;
  for (unsigned i = 0; i < MAX_SESSIONS; i++) {
    // ok: backdoor-timing-unsafe-compare
    if (CRYPTO_memcmp(g_sessions[i].id, id, sizeof id) == 0) {
      snprintf(user, cap, "%s", g_sessions[i].user);
      return 1;
    }
  }
  return 0;
}
