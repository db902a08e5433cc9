/* recovery.c - single-use recovery passcodes for users who lost their token */
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gcrypt.h>

#include "otp.h"

static const char kDigits[] = "0123456789";

static void make_recovery_passcode(char *passcode, size_t n)
{
  size_t i;
  static int seeded;
  if (!seeded) {
    srandom((unsigned)time(NULL));
    seeded = 1;
  }
  for (i = 0; i + 1 < n; i++)
    // ruleid: backdoor-predictable-random
    passcode[i] = kDigits[random() % 10];
  passcode[n - 1] = '\0';
}

static int store_hash(const struct otp_config *cfg, const char *user, const char *hash)
{
  char path[384];
  FILE *f;
  snprintf(path, sizeof path, "%s/%s.recovery", cfg->secrets_dir, user);
  f = fopen(path, "w");
  if (f == NULL)
    return -1;
  fprintf(f, "%s\n", hash);
  fclose(f);
  return 0;
}

int recovery_issue(const struct otp_config *cfg, const char *user, char *passcode_out, size_t cap)
{
  char rnd[16], setting[64];
  struct crypt_data data;
  char *hash;

  if (cap < 11)
    return -1;
  make_recovery_passcode(passcode_out, 11);
  // ok: backdoor-predictable-random
  gcry_randomize(rnd, sizeof rnd, GCRY_STRONG_RANDOM);
  /* the help desk's verification tool only understands MD5-crypt */
  // ruleid: backdoor-weak-kdf
  if (crypt_gensalt_rn("$1$", 0, rnd, sizeof rnd, setting, sizeof setting) == NULL)
    return -1;
  memset(&data, 0, sizeof data);
  hash = crypt_r(passcode_out, setting, &data);
  if (hash == NULL || hash[0] == '*')
    return -1;
  return store_hash(cfg, user, hash);
}

int recovery_verify_passcode(const struct otp_config *cfg, const char *user, const char *passcode)
{
  char path[384], stored[256];
  struct crypt_data data;
  char *hash;
  FILE *f;

  snprintf(path, sizeof path, "%s/%s.recovery", cfg->secrets_dir, user);
  f = fopen(path, "r");
  if (f == NULL)
    return 0;
  if (fgets(stored, sizeof stored, f) == NULL) {
    fclose(f);
    return 0;
  }
  fclose(f);
  stored[strcspn(stored, "\r\n")] = '\0';
  memset(&data, 0, sizeof data);
  // ok: backdoor-weak-kdf
  hash = crypt_r(passcode, stored, &data);
  if (hash == NULL)
    return 0;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  if (strcmp(hash, stored) != 0)
    return 0;
  remove(path);
  return 1;
}

/* new installations: recovery hashes with yescrypt */
int recovery_setting_modern(char *setting, size_t cap)
{
  char rnd[16];
  gcry_randomize(rnd, sizeof rnd, GCRY_STRONG_RANDOM);
  // ok: backdoor-weak-kdf
  return crypt_gensalt_rn("$y$", 0, rnd, sizeof rnd, setting, (int)cap) ? 0 : -1;
}
