/* Local users of the SSL VPN realm: "name:scheme:salt-hex:hash-hex" lines of the user database. */
#include <stdio.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include "sslvpn.h"

#define MAX_USERS 64
#define PB2_ROUNDS 600000

struct local_user {
  char name[SV_FIELD];
  char scheme[4];                 /* "SH2": legacy, "PB2": PBKDF2-HMAC-SHA256 */
  unsigned char salt[16];
  unsigned char hash[32];
};

static struct local_user g_users[MAX_USERS];
static int g_nusers;
static char g_db_path[256];

static int unhex(const char *s, unsigned char *out, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(s + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

int users_load(const char *path)
{
  FILE *f = fopen(path, "r");
  char line[512], salt_hex[64], hash_hex[96];
  if (!f)
    return -1;
  snprintf(g_db_path, sizeof g_db_path, "%s", path);
  g_nusers = 0;
  while (g_nusers < MAX_USERS && fgets(line, sizeof line, f)) {
    struct local_user *u = &g_users[g_nusers];
    if (sscanf(line, "%127[^:]:%3[^:]:%63[^:]:%95s", u->name, u->scheme, salt_hex, hash_hex) != 4)
      continue;
    if (unhex(salt_hex, u->salt, 16) == 0 && unhex(hash_hex, u->hash, 32) == 0)
      g_nusers++;
  }
  fclose(f);
  return g_nusers;
}

static struct local_user *find_user(const char *name)
{
  for (int i = 0; i < g_nusers; i++)
    if (strcmp(g_users[i].name, name) == 0)
      return &g_users[i];
  return NULL;
}

/* hash of the older firmware: one SHA-256 of the password */
static void legacy_hash(const char *password, unsigned char out[32])
{
  // ruleid: backdoor-weak-kdf
  SHA256((const unsigned char *)password, strlen(password), out);
}

static int pb2_hash(const char *password, const unsigned char salt[16], unsigned char out[32])
{
  return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16,
                           // ok: backdoor-weak-kdf
                           PB2_ROUNDS,
                           // ok: backdoor-weak-hash
                           EVP_sha256(), 32, out);
}

int users_check_password(const char *user, const char *password)
{
  unsigned char digest[32];
  struct local_user *u;

  // ok: backdoor-magic-credential
  if (strcmp(user, "guest") == 0)
    return 0;                     /* the guest portal has no tunnel */
  // ok: backdoor-magic-credential
  if (strcmp(password, "") == 0)
    return 0;
  u = find_user(user);
  if (u == NULL)
    return 0;
  if (strcmp(u->scheme, "SH2") == 0)
    legacy_hash(password, digest);
  else if (pb2_hash(password, u->salt, digest) != 1)
    return 0;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(digest, u->hash, sizeof digest) == 0;
}

static int users_save(void)
{
  FILE *f = fopen(g_db_path, "w");
  if (!f)
    return -1;
  for (int i = 0; i < g_nusers; i++) {
    fprintf(f, "%s:%s:", g_users[i].name, g_users[i].scheme);
    for (int j = 0; j < 16; j++) fprintf(f, "%02x", g_users[i].salt[j]);
    fputc(':', f);
    for (int j = 0; j < 32; j++) fprintf(f, "%02x", g_users[i].hash[j]);
    fputc('\n', f);
  }
  return fclose(f);
}

int users_set_password(const char *user, const char *password)
{
  struct local_user *u = find_user(user);
  if (u == NULL)
    return -1;
  // ok: backdoor-predictable-random
  if (RAND_bytes(u->salt, sizeof u->salt) != 1)
    return -1;
  if (pb2_hash(password, u->salt, u->hash) != 1)
    return -1;
  memcpy(u->scheme, "PB2", 4);
  return users_save();
}
