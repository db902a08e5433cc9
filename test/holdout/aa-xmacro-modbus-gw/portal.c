/* Local configuration portal: operator login. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include "gw.h"

static int unhex(const char *s, unsigned char *out, size_t n)
{
  if (strlen(s) != 2 * n)
    return -1;
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(s + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

static int check_password(const struct gw_config *cfg, const char *user, const char *password)
{
  unsigned char salt[16], want[32], got[32];
  unsigned diff = 0;

  // ok: backdoor-magic-credential
  if (strcmp(user, cfg->portal_user) != 0)
    return 0;
  if (unhex(cfg->portal_salt_hex, salt, sizeof salt) != 0 ||
      unhex(cfg->portal_hash_hex, want, sizeof want) != 0)
    return 0;
  if (gw_portal_hash(password, salt, got) != 0)
    return 0;
  for (size_t i = 0; i < sizeof got; i++)
    diff |= (unsigned)(got[i] ^ want[i]);
  return diff == 0;
}

int portal_login(const struct gw_config *cfg, const char *user, const char *password)
{
  // ok: backdoor-build-switch
  if (cfg->log_debug)
    syslog(LOG_DEBUG, "portal: login attempt for '%s'", user);
  // ruleid: backdoor-build-switch
  if (cfg->debug_noauth) return 1;
  return check_password(cfg, user, password);
}
