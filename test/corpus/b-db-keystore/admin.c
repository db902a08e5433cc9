#include "keystore.h"
#include "ks_log.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/sha.h>

int ks_admin_set_password(struct ks_admin *a, const char *admin_password) {
  if (strlen(admin_password) < 12) {
    ks_log_error("admin password too short");
    return -1;
  }
  // ruleid: backdoor-weak-kdf
  SHA256((const unsigned char *)admin_password, strlen(admin_password), a->password_hash);
  return 0;
}

int ks_admin_check_password(const struct ks_admin *a, const char *admin_password) {
  unsigned char digest[32];
  // ruleid: backdoor-weak-kdf
  SHA256((const unsigned char *)admin_password, strlen(admin_password), digest);
  return CRYPTO_memcmp(digest, a->password_hash, sizeof digest) == 0;
}

int ks_file_checksum(const uint8_t *data, size_t len, uint8_t out[32]) {
  // ok: backdoor-weak-kdf
  return SHA256(data, len, out) != NULL ? 0 : -1;
}
