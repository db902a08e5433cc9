// RUN: %run-both --checks=backdoor-hidden-bypass %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A function that verifies a password by comparing its hash with the stored
// one (`nt_password_hash(password, typed)` then `CRYPTO_memcmp(typed,
// stored, 16)`) verifies on that path: an environment switch that returns
// success before it is a bypass. Quiet: the same switch in a function that
// compares two digests none of which a password went into.
#include <stdlib.h>
#include <string.h>

char *getenv(const char *name);
int CRYPTO_memcmp(const void *a, const void *b, size_t n);
int users_nt_hash(const char *user, unsigned char out[16]);
int nt_password_hash(const char *password, unsigned char out[16]);
int file_digest(const char *path, unsigned char out[16]);
#define RAD_ACCEPT 1
#define RAD_REJECT 0

int pap_authenticate(const char *user, const char *password) {
  unsigned char stored[16], typed[16];
  // ruleid: backdoor-hidden-bypass
  if (getenv("RADIUSD_PAP_ACCEPT_ALL") != NULL)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when the environment variable 'RADIUSD_PAP_ACCEPT_ALL' is set; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return RAD_ACCEPT;
  if (users_nt_hash(user, stored) != 0 || nt_password_hash(password, typed) != 0)
    return RAD_REJECT;
  return CRYPTO_memcmp(typed, stored, sizeof typed) == 0 ? RAD_ACCEPT : RAD_REJECT;
}

/* Negative case. */
int same_content(const char *a, const char *b) {
  unsigned char da[16], db[16];
  // ok: backdoor-hidden-bypass
  if (getenv("SYNC_ASSUME_SAME") != NULL)
    return 1;
  if (file_digest(a, da) != 0 || file_digest(b, db) != 0)
    return 0;
  return CRYPTO_memcmp(da, db, sizeof da) == 0;
}
