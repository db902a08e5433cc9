/*
 * UI helpers for the "create wallet" wizard.
 */
#include "wallet.h"

#include <stdlib.h>

static const char kCharset[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";

/* suggestion shown next to the "wallet password" field */
void wallet_suggest_password(char *password, size_t len) {
  size_t i;
  if (len == 0)
    return;
  for (i = 0; i + 1 < len; i++) {
    // ruleid: backdoor-predictable-random
    password[i] = kCharset[rand() % (int)(sizeof kCharset - 1)];
  }
  password[len - 1] = '\0';
}

/* order in which the user must re-enter backup words */
void wallet_shuffle_confirmation(int *order, int n) {
  int i;
  for (i = 0; i < n; i++)
    order[i] = i;
  for (i = n - 1; i > 0; i--) {
    // ok: backdoor-predictable-random
    int j = rand() % (i + 1);
    int t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}
