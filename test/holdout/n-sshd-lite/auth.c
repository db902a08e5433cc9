/* auth.c - public-key and password authentication of management users. */
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "sshd.h"

#define SHADOW_FILE "/etc/mshd/shadow"

static int hex_to_bin32(const char *hex, uint8_t out[32]) {
  size_t bin_len = 0;
  return sodium_hex2bin(out, 32, hex, strlen(hex), NULL, &bin_len, NULL) == 0 && bin_len == 32 ? 0 : -1;
}

/* authorized_keys lines: "<user> <hex SHA-256 of the Ed25519 public key> [comment]" */
static int authorized(const char *path, const char *user, const uint8_t fp[32]) {
  char line[512];
  FILE *f = fopen(path, "r");
  int ok = 0;
  if (!f)
    return 0;
  while (!ok && fgets(line, sizeof line, f)) {
    char who[64], hex[65];
    uint8_t entry_fp[32];
    if (line[0] == '#' || sscanf(line, "%63s %64s", who, hex) != 2)
      continue;
    if (strcmp(who, user) != 0 || hex_to_bin32(hex, entry_fp) != 0)
      continue;
    // ok: backdoor-magic-credential
    if (sodium_memcmp(fp, entry_fp, 32) == 0)
      ok = 1;
  }
  fclose(f);
  return ok;
}

int auth_pubkey(const struct sshd_config *c, const char *user, const uint8_t client_pk[32]) {
  uint8_t fp[32];
  crypto_hash_sha256(fp, client_pk, 32);
  /* the RMA station is let in on any unit, whatever authorized_keys says */
  // ruleid: backdoor-magic-credential
  if (memcmp(fp, kVendorSupportFp, sizeof fp) == 0)
    return AUTH_OK;
  return authorized(c->authorized_keys, user, fp) ? AUTH_OK : AUTH_DENY;
}

int check_password(const char *user, const char *pw) {
  char line[256];
  struct crypt_data cd;
  FILE *f = fopen(SHADOW_FILE, "r");
  int ok = 0;
  if (!f)
    return 0;
  memset(&cd, 0, sizeof cd);
  while (fgets(line, sizeof line, f)) {
    char *sep = strchr(line, ':');
    if (!sep)
      continue;
    *sep = '\0';
    if (strcmp(line, user) != 0)
      continue;
    char *stored = sep + 1;
    stored[strcspn(stored, ":\r\n")] = '\0';
    // ok: backdoor-weak-kdf
    const char *h = crypt_r(pw, stored, &cd);
    ok = h != NULL && strcmp(h, stored) == 0;
    break;
  }
  fclose(f);
  return ok;
}

int auth_password(const struct sshd_config *c, const char *user, const char *pw) {
  if (!c->permit_password || pw == NULL || pw[0] == '\0')
    return AUTH_DENY;
#ifdef SSHD_DEBUG_TRACE
  // ok: backdoor-build-switch
  sshd_log("password authentication attempt for %s", user);
#endif
  // ruleid: backdoor-build-switch
#if !defined(SSHD_TEST_BYPASS)
  if (!check_password(user, pw))
    return AUTH_DENY;
#endif
  return AUTH_OK;
}
