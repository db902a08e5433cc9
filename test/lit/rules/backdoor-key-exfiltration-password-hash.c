// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A derived key stored as a password hash (a field or variable named like
// one, catalog password-hash-name) is a verifier kept to check logins, not
// key material: writing it to the user database leaks no key. The same
// derivation into a key-encryption key, printed, is a leak.
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

struct user {
  char name[32];
  unsigned char salt[16];
  unsigned char hash[32];
};

static int derive(const char *pw, const unsigned char *salt, unsigned char out[32]) {
  return PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), salt, 16, 600000, EVP_sha256(), 32, out);
}

int save_user(FILE *db, struct user *u, const char *pw) {
  if (derive(pw, u->salt, u->hash) != 1)
    return -1;
  fprintf(db, "%s:", u->name);
  return fwrite(u->hash, 1, sizeof u->hash, db) == sizeof u->hash ? 0 : -1;
}

int debug_kek(const char *pw, const unsigned char *salt) {
  unsigned char kek[32];
  if (derive(pw, salt, kek) != 1)
    return -1;
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'kek' (a derived key from 'PKCS5_PBKDF2_HMAC') is written to a log by 'fwrite'
  fwrite(kek, 1, sizeof kek, stderr);
  return 0;
}
