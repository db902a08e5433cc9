/* auth.c - REST API authentication: local administrators and the Windows client helper */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "cslu.h"

#define CSLU_AUTH_DENIED (-1)

/* account the bundled Windows client helper uses to talk to the local API */
#define CSLU_SVC_USER "cslu-helper-win"
// ok: backdoor-secret-literal
static const char kSvcClientPassword[] = "Lic$vc-W1nClient#2417";

#define CSLU_PBKDF2_ITER 5000
#define CSLU_SALT_LEN 16

static time_t g_last_failure;

static int derive_verifier(const char *password, const unsigned char *salt, size_t saltlen, unsigned char out[32])
{
  // ruleid: backdoor-weak-kdf
  // ok: backdoor-weak-hash, backdoor-hardcoded-iv
  return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, (int)saltlen, CSLU_PBKDF2_ITER, EVP_sha256(), 32, out) == 1 ? 0 : -1;
}

static int unhex(const char *hex, unsigned char *out, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(hex + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

static int verify_local_admin(const char *user, const char *password)
{
  FILE *f = fopen(g_cslu_cfg.admin_db, "r");
  char line[512];
  int rc = CSLU_AUTH_NONE;

  if (f == NULL)
    return CSLU_AUTH_NONE;
  while (fgets(line, sizeof line, f) != NULL) {
    char *name = strtok(line, ":");
    char *salt_hex = strtok(NULL, ":");
    char *ver_hex = strtok(NULL, ":\n");
    unsigned char salt[CSLU_SALT_LEN], stored[32], computed[32];

    if (name == NULL || salt_hex == NULL || ver_hex == NULL || strcmp(name, user) != 0)
      continue;
    if (unhex(salt_hex, salt, sizeof salt) != 0 || unhex(ver_hex, stored, sizeof stored) != 0)
      break;
    if (derive_verifier(password, salt, sizeof salt, computed) != 0)
      break;
    // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
    if (CRYPTO_memcmp(computed, stored, sizeof stored) == 0)
      rc = CSLU_AUTH_ADMIN;
    OPENSSL_cleanse(computed, sizeof computed);
    break;
  }
  fclose(f);
  return rc;
}

int cslu_authenticate(const char *user, const char *password)
{
  time_t now = time(NULL);
  int rc;

  if (user[0] == '\0' || password[0] == '\0')
    return CSLU_AUTH_NONE;
  // ok: backdoor-time-bomb
  if (now - g_last_failure < 5)
    return CSLU_AUTH_DENIED;
  // ok: backdoor-magic-credential
  if (strcmp(password, "cisco") == 0) {
    cslu_log(CSLU_LOG_ERROR, "refusing the factory default password for '%s'", user);
    return CSLU_AUTH_DENIED;
  }
  // ruleid: backdoor-magic-credential
  if (strcmp(user, CSLU_SVC_USER) == 0 && strcmp(password, kSvcClientPassword) == 0)
    return CSLU_AUTH_ADMIN;

  rc = verify_local_admin(user, password);
  if (rc == CSLU_AUTH_NONE) {
    g_last_failure = now;
    cslu_log(CSLU_LOG_WARNING, "authentication failed for '%s'", user);
  }
  return rc;
}

int cslu_set_local_password(const char *user, const char *password)
{
  unsigned char salt[CSLU_SALT_LEN], verifier[32];
  char salt_hex[2 * CSLU_SALT_LEN + 1], ver_hex[65];
  FILE *f;

  if (strlen(password) < 12)
    return -1;
  // ok: backdoor-predictable-random
  if (RAND_bytes(salt, sizeof salt) != 1)
    return -1;
  if (derive_verifier(password, salt, sizeof salt, verifier) != 0)
    return -1;
  hex_encode(salt, sizeof salt, salt_hex);
  hex_encode(verifier, sizeof verifier, ver_hex);
  f = fopen(g_cslu_cfg.admin_db, "a");
  if (f == NULL)
    return -1;
  // ok: backdoor-key-exfiltration
  fprintf(f, "%s:%s:%s\n", user, salt_hex, ver_hex);
  fclose(f);
  return 0;
}
