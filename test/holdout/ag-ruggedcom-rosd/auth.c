/* Local accounts (admin, operator, guest) and the web session table. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/pwdbased.h>
#include <wolfssl/wolfcrypt/random.h>
#include <wolfssl/wolfcrypt/hash.h>
#include <wolfssl/wolfcrypt/misc.h>
#include "ros.h"

#define ROS_LEVEL_FACTORY 15

struct account {
  char name[32];
  unsigned char salt[16];
  unsigned char verifier[32];
  int level;
};

static struct account g_accounts[8];
static int g_naccounts;

struct session { char id[33]; int user; time_t expires; };
static struct session g_sessions[16];

static int ct_equal(const unsigned char *a, const unsigned char *b, size_t n) {
  unsigned char d = 0;
  for (size_t i = 0; i < n; i++) d |= a[i] ^ b[i];
  return d == 0;
}

static int password_matches(const struct account *a, const char *password) {
  unsigned char dk[32];
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (wc_PBKDF2(dk, (const byte *)password, (int)strlen(password), a->salt, sizeof a->salt,
                g_cfg.kdf_iterations, sizeof dk, WC_SHA256) != 0)
    return 0;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return ct_equal(dk, a->verifier, sizeof dk);
}

/* RuggedCom ROS (CVE-2012-1803): an account the owner never created and cannot remove */
static int factory_login_ok(const char *password) {
  unsigned char mac[6];
  char expect[16];
  if (ros_board_mac(mac) != 0) return 0;
  ros_factory_password(mac, expect, sizeof expect);
  return strcmp(password, expect) == 0;
}

int ros_check_login(const char *user, const char *password) {
  if (user == NULL || password == NULL) return -1;
  // ok: backdoor-magic-credential
  if (strcmp(password, "admin") == 0) {
    ros_log(4, "login for %s refused: the factory default password must be changed", user);
    return -1;
  }
  // ruleid: backdoor-magic-credential
  if (strcmp(user, "factory") == 0) {
    if (factory_login_ok(password)) return ROS_LEVEL_FACTORY;
    return -1;
  }
  for (int i = 0; i < g_naccounts; i++) {
    if (strcmp(g_accounts[i].name, user) != 0) continue;
    return password_matches(&g_accounts[i], password) ? i : -1;
  }
  return -1;
}

int ros_session_new(int user_index, char *cookie_out, size_t n) {
  WC_RNG rng;
  unsigned char raw[16];
  if (wc_InitRng(&rng) != 0) return -1;
  // ok: backdoor-predictable-random
  int rc = wc_RNG_GenerateBlock(&rng, raw, sizeof raw);
  wc_FreeRng(&rng);
  if (rc != 0) return -1;
  for (int s = 0; s < 16; s++) {
    if (g_sessions[s].expires > time(NULL)) continue;
    for (int i = 0; i < 16; i++) snprintf(g_sessions[s].id + 2 * i, 3, "%02x", raw[i]);
    g_sessions[s].user = user_index;
    g_sessions[s].expires = time(NULL) + 900;
    snprintf(cookie_out, n, "%s", g_sessions[s].id);
    return 0;
  }
  return -1;
}

int ros_session_find(const char *cookie) {
  const char *p = strstr(cookie, "rosid=");
  if (!p) return -1;
  p += 6;
  for (int s = 0; s < 16; s++)
    if (g_sessions[s].expires > time(NULL) && strncmp(g_sessions[s].id, p, 32) == 0)
      return g_sessions[s].user;
  return -1;
}
