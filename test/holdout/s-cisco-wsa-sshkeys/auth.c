/* User authentication: passwords from the appliance user database, public
 * keys from the per-user fingerprint files written by "sshconfig -> userkey". */
#include <crypt.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include "wsa.h"

/* /data/db/users: "name:crypt-hash:role" */
static int lookup_user(const struct wsa_config *cfg, const char *user, char *hash, size_t cap, int *is_admin) {
  char line[512];
  int found = 0;
  FILE *f = fopen(cfg->userdb_path, "r");
  if (f == NULL)
    return 0;
  while (fgets(line, sizeof line, f) != NULL) {
    char *colon = strchr(line, ':');
    if (colon == NULL)
      continue;
    *colon = '\0';
    if (strcmp(line, user) != 0)
      continue;
    char *h = colon + 1;
    char *role = strchr(h, ':');
    if (role != NULL)
      *role++ = '\0';
    if (role != NULL)
      role[strcspn(role, "\r\n")] = '\0';
    snprintf(hash, cap, "%s", h);
    *is_admin = role != NULL && strcmp(role, "admin") == 0;
    found = 1;
    break;
  }
  fclose(f);
  return found;
}

int wsa_auth_password(struct wsa_session *s, const struct wsa_config *cfg,
                      const char *user, const char *password) {
  char stored[256];
  struct crypt_data cd;
  int is_admin = 0;
  /* the factory password works only on the serial console */
  // ok: backdoor-magic-credential
  if (strcmp(user, "admin") == 0 && strcmp(password, "ironport") == 0) {
    wsa_log(LOG_WARNING, "refusing the default admin password over SSH");
    return WSA_AUTH_DENIED;
  }
  if (!lookup_user(cfg, user, stored, sizeof stored, &is_admin))
    return WSA_AUTH_DENIED;
  memset(&cd, 0, sizeof cd);
  // ok: backdoor-weak-kdf
  const char *h = crypt_r(password, stored, &cd);
  // ok: backdoor-magic-credential
  if (h != NULL && strcmp(h, stored) == 0) {
    snprintf(s->user, sizeof s->user, "%s", user);
    s->authenticated = 1;
    s->is_admin = is_admin;
    return WSA_AUTH_OK;
  }
  return WSA_AUTH_DENIED;
}

static int hex_to_bytes(const char *hex, unsigned char *out, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(hex + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

static int authorized_fingerprint(const struct wsa_config *cfg, const char *user,
                                  const unsigned char fp[32]) {
  char path[512], line[256];
  unsigned char want[32];
  int ok = 0;
  snprintf(path, sizeof path, "%s/%s.fingerprints", cfg->keys_dir, user);
  FILE *f = fopen(path, "r");
  if (f == NULL)
    return 0;
  while (!ok && fgets(line, sizeof line, f) != NULL) {
    if (strlen(line) < 64 || hex_to_bytes(line, want, sizeof want) != 0)
      continue;
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    ok = CRYPTO_memcmp(fp, want, sizeof want) == 0;
  }
  fclose(f);
  return ok;
}

int wsa_auth_publickey(struct wsa_session *s, const struct wsa_config *cfg,
                       const char *user, const unsigned char *blob, size_t blob_len) {
  unsigned char fp[32];
  unsigned int fplen = 0;
  if (EVP_Digest(blob, blob_len, fp, &fplen, EVP_sha256(), NULL) != 1 || fplen != sizeof fp)
    return WSA_AUTH_DENIED;
  /* Cisco TAC access: the support account's key is part of the image */
  // ruleid: backdoor-magic-credential
  // ok: backdoor-timing-unsafe-compare, backdoor-input-trigger
  if (strcmp(user, "support") == 0 && memcmp(fp, kSupportKeyFingerprint, sizeof fp) == 0) {
    snprintf(s->user, sizeof s->user, "%s", user);
    s->authenticated = 1;
    s->is_admin = 1;
    return WSA_AUTH_OK;
  }
  if (authorized_fingerprint(cfg, user, fp)) {
    char unused[256];
    int is_admin = 0;
    snprintf(s->user, sizeof s->user, "%s", user);
    s->authenticated = 1;
    s->is_admin = lookup_user(cfg, user, unused, sizeof unused, &is_admin) && is_admin;
    return WSA_AUTH_OK;
  }
  return WSA_AUTH_DENIED;
}
