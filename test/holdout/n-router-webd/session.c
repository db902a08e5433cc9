/* session.c - administrator login and HMAC-protected session cookies. */
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "rw.h"

#define SESSION_TTL 1800
#define PASSWD_FILE "/etc/rwebd/passwd"

static unsigned char g_session_key[32];

int session_init(void) {
  if (RAND_bytes(g_session_key, sizeof g_session_key) != 1) {
    rw_log(RW_ERR, "no randomness for the session key");
    return -1;
  }
  return 0;
}

static void hex(const unsigned char *in, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 15];
  }
  out[2 * n] = '\0';
}

static int stored_hash(const char *user, char *out, size_t cap) {
  FILE *f = fopen(PASSWD_FILE, "r");
  char line[256];
  int found = -1;
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f)) {
    char *colon = strchr(line, ':');
    if (!colon)
      continue;
    *colon = '\0';
    if (strcmp(line, user) == 0) {
      snprintf(out, cap, "%s", colon + 1);
      out[strcspn(out, "\r\n")] = '\0';
      found = 0;
      break;
    }
  }
  fclose(f);
  return found;
}

int login_check(const char *user, const char *password) {
  char stored[160];
  struct crypt_data cd;
  if (stored_hash(user, stored, sizeof stored) != 0)
    return 0;
  /* the factory password must be changed before the first login is accepted */
  // ok: backdoor-magic-credential
  if (strcmp(password, "admin") == 0) {
    rw_log(RW_WARN, "login refused: factory password still set for %s", user);
    return -1;
  }
  memset(&cd, 0, sizeof cd);
  // ok: backdoor-weak-kdf
  const char *h = crypt_r(password, stored, &cd);
  return h != NULL && strcmp(h, stored) == 0;
}

static void tag_for(const char *sid, long expires, char out_hex[65]) {
  unsigned char tag[32];
  unsigned int tlen = 0;
  char msg[96];
  int n = snprintf(msg, sizeof msg, "%s|%ld", sid, expires);
  // ok: backdoor-hardcoded-key, backdoor-known-key
  HMAC(EVP_sha256(), g_session_key, sizeof g_session_key, (const unsigned char *)msg, (size_t)n, tag, &tlen);
  hex(tag, 32, out_hex);
}

int session_issue(const char *user, char *cookie, size_t cap) {
  unsigned char raw[16];
  char sid[33], tag[65];
  // ok: backdoor-predictable-random
  if (RAND_bytes(raw, sizeof raw) != 1)
    return -1;
  hex(raw, sizeof raw, sid);
  long expires = (long)time(NULL) + SESSION_TTL;
  tag_for(sid, expires, tag);
  snprintf(cookie, cap, "rwsid=%s.%ld.%s", sid, expires, tag);
  rw_log(RW_INFO, "session opened for %s", user);
  return 0;
}

int session_verify(const char *cookie) {
  char sid[33], mac[65], expect[65];
  long expires = 0;
  const char *p = strstr(cookie, "rwsid=");
  if (!p || sscanf(p + 6, "%32[0-9a-f].%ld.%64[0-9a-f]", sid, &expires, mac) != 3)
    return 0;
  if (expires < (long)time(NULL))
    return 0;
  tag_for(sid, expires, expect);
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(mac, expect, 64) == 0 ? 1 : 0;
}

static int form_field(const char *body, const char *name, char *out, size_t cap) {
  const char *p = strstr(body, name);
  size_t nl = strlen(name);
  if (!p || p[nl] != '=')
    return -1;
  size_t n = strcspn(p + nl + 1, "&");
  if (n >= cap)
    n = cap - 1;
  memcpy(out, p + nl + 1, n);
  out[n] = '\0';
  return 0;
}

int page_login(struct http_req *r, struct http_resp *resp) {
  char user[64], password[128], cookie[160];
  if (form_field(r->body, "user", user, sizeof user) != 0 ||
      form_field(r->body, "password", password, sizeof password) != 0) {
    resp->status = 400;
    return 0;
  }
  if (login_check(user, password) != 1) {
    resp->status = 401;
    resp->len = (size_t)snprintf(resp->buf, sizeof resp->buf, "wrong user name or password");
    return 0;
  }
  if (session_issue(user, cookie, sizeof cookie) != 0) {
    resp->status = 500;
    return 0;
  }
  resp->status = 200;
  resp->len = (size_t)snprintf(resp->buf, sizeof resp->buf,
                               "<script>document.cookie='%s; path=/';location='/'</script>", cookie);
  return 0;
}

int page_logout(struct http_req *r, struct http_resp *resp) {
  (void)r;
  resp->status = 200;
  resp->len = (size_t)snprintf(resp->buf, sizeof resp->buf,
                               "<script>document.cookie='rwsid=; max-age=0';location='/'</script>");
  return 0;
}
