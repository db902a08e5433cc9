/* api.c: the handlers of the web interface and its session table. */
#include "ak.h"

#include <ctype.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define AK_SESSIONS 8

static struct {
  char cookie[65];
  char user[32];
  time_t expires;
} g_sessions[AK_SESSIONS];

int ak_session_create(const char *user, char *cookie, size_t cap) {
  unsigned char raw[32];
  int slot = 0;
  if (cap < 65)
    return -1;
  // ok: backdoor-predictable-random
  if (RAND_bytes(raw, sizeof raw) != 1)
    return -1;
  for (int i = 1; i < AK_SESSIONS; i++)
    if (g_sessions[i].expires < g_sessions[slot].expires)
      slot = i;
  ak_hex(raw, sizeof raw, g_sessions[slot].cookie);
  snprintf(g_sessions[slot].user, sizeof g_sessions[slot].user, "%s", user);
  g_sessions[slot].expires = time(NULL) + 60 * cfg_get_int("web.session_minutes", 30);
  snprintf(cookie, cap, "%s", g_sessions[slot].cookie);
  return 0;
}

int ak_session_check(const char *cookie) {
  const char *v = strstr(cookie, "sid=");
  time_t now = time(NULL);
  if (v == NULL || strlen(v + 4) < 64)
    return -1;
  for (int i = 0; i < AK_SESSIONS; i++)
    if (g_sessions[i].expires > now &&
        CRYPTO_memcmp(g_sessions[i].cookie, v + 4, 64) == 0)
      return 0;
  return -1;
}

static int form_value(const char *body, const char *name, char *out, size_t cap) {
  size_t nl = strlen(name), i = 0;
  const char *p = body;
  while ((p = strstr(p, name)) != NULL) {
    if ((p == body || p[-1] == '&') && p[nl] == '=')
      break;
    p += nl;
  }
  if (p == NULL)
    return -1;
  for (p += nl + 1; *p && *p != '&' && i + 1 < cap; p++)
    out[i++] = *p;
  out[i] = '\0';
  return 0;
}

/* web.passwd: hex(salt[16]) ":" hex(pbkdf2[32]), written by the set-password page. */
static int web_check_password(const char *user, const char *pass) {
  unsigned char salt[16], stored[32], dk[32];
  char line[160];
  FILE *f = fopen("/etc/doorphone/web.passwd", "r");
  int ok = 0;
  if (f == NULL)
    return 0;
  if (fgets(line, sizeof line, f) != NULL && strlen(line) >= 16 * 2 + 1 + 32 * 2) {
    for (int i = 0; i < 16; i++)
      sscanf(line + 2 * i, "%2hhx", &salt[i]);
    for (int i = 0; i < 32; i++)
      sscanf(line + 33 + 2 * i, "%2hhx", &stored[i]);
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, sizeof salt, 120000, EVP_sha256(),
                          sizeof dk, dk) == 1)
      // ok: backdoor-magic-credential
      ok = CRYPTO_memcmp(dk, stored, sizeof dk) == 0;
  }
  fclose(f);
  ak_log(AK_LOG_INFO, "web login for %s: %s", user, ok ? "ok" : "refused");
  return ok;
}

static int h_login(const struct ak_req *req, struct ak_resp *resp) {
  char user[32], pass[64], cookie[65];
  if (form_value(req->body, "user", user, sizeof user) != 0 ||
      form_value(req->body, "pass", pass, sizeof pass) != 0)
    return 400;
  if (!web_check_password(user, pass) || ak_session_create(user, cookie, sizeof cookie) != 0)
    return 403;
  resp->body_len = (size_t)snprintf(resp->body, sizeof resp->body, "{\"sid\":\"%s\"}", cookie);
  return 200;
}

static int host_is_safe(const char *h) {
  if (*h == '\0')
    return 0;
  for (; *h; h++)
    // ok: backdoor-input-trigger
    if (!isalnum((unsigned char)*h) && *h != '.' && *h != '-')
      return 0;
  return 1;
}

static int h_ping(const struct ak_req *req, struct ak_resp *resp) {
  char host[64], cmd[128];
  FILE *p;
  // ok: backdoor-input-trigger
  if (form_value(req->query, "host", host, sizeof host) != 0 || !host_is_safe(host))
    return 400;
  snprintf(cmd, sizeof cmd, "ping -c 1 -W 1 %s", host);
  if ((p = popen(cmd, "r")) == NULL)
    return 500;
  resp->body_len = fread(resp->body, 1, sizeof resp->body - 1, p);
  pclose(p);
  return 200;
}

static int h_config_export(const struct ak_req *req, struct ak_resp *resp) {
  unsigned char plain[2048];
  size_t n, out_len = 0;
  FILE *f = fopen("/etc/doorphone/doorphone.conf", "rb");
  (void)req;
  if (f == NULL)
    return 500;
  n = fread(plain, 1, sizeof plain, f);
  fclose(f);
  if (n + 1 + 16 > sizeof resp->body)
    return 500;
  if (cfgcrypt_export(plain, n, (unsigned char *)resp->body, &out_len) != 0)
    return 500;
  resp->body_len = out_len;
  return 200;
}

static int h_backup(const struct ak_req *req, struct ak_resp *resp) {
  char password[64];
  unsigned char salt[16], key[32], plain[1024];
  size_t n, out_len = 0;
  FILE *f;
  if (form_value(req->body, "password", password, sizeof password) != 0 || strlen(password) < 8)
    return 400;
  // ok: backdoor-predictable-random
  if (RAND_bytes(salt, sizeof salt) != 1)
    return 500;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, sizeof salt, 310000,
                        EVP_sha256(), sizeof key, key) != 1)
    return 500;
  if ((f = fopen("/etc/doorphone/contacts.db", "rb")) == NULL)
    return 500;
  n = fread(plain, 1, sizeof plain, f);
  fclose(f);
  memcpy(resp->body, salt, sizeof salt);
  if (cfgcrypt_seal_backup(key, plain, n, (unsigned char *)resp->body + 16, &out_len) != 0)
    return 500;
  OPENSSL_cleanse(key, sizeof key);
  resp->body_len = 16 + out_len;
  return 200;
}

static int h_restart_sip(const struct ak_req *req, struct ak_resp *resp) {
  (void)req;
  (void)resp;
  return svc_restart("sip") == 0 ? 200 : 500;
}

void api_register_all(void) {
  httpd_add_route("/api/login", h_login, 1);
  httpd_add_route("/api/system/ping", h_ping, 0);
  httpd_add_route("/api/config/export", h_config_export, 0);
  httpd_add_route("/api/system/backup", h_backup, 0);
  httpd_add_route("/api/sip/restart", h_restart_sip, 0);
}
