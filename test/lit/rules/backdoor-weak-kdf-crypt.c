// RUN: %run-both --checks=backdoor-weak-kdf %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --profile owasp-2023 --checks=backdoor-weak-kdf %s -- %mock | FileCheck %s -check-prefixes=CHECK-MESSAGES,OWASP -implicit-check-not="{{warning|error}}:"
// RUN: %expect-exit 1 %backdoor-scan --no-cache --format cyclonedx %s -- %mock | FileCheck %s --check-prefix=CBOM
// The CBOM names each scheme with its cost (CycloneDX's bcrypt[-{cost}], yescrypt).
// CBOM-DAG: "name": "MD5-crypt"
// CBOM-DAG: "name": "DES-crypt"
// CBOM-DAG: "name": "bcrypt-4"
// CBOM-DAG: "name": "bcrypt-6"
// CBOM-DAG: "name": "SHA512-crypt-1000"
// CBOM-DAG: "name": "SHA256-crypt-2000"
// CBOM-DAG: "name": "yescrypt"
// CBOM-DAG: "name": "PBKDF2-SHA-512-300000"
// Unix password hashing through crypt(3), libxcrypt's crypt_gensalt and
// OpenBSD's bcrypt API: the setting string selects the scheme and its cost.
#include <crypt.h>
#include <stddef.h>

char *bcrypt_gensalt(unsigned char log_rounds);
int bcrypt_newhash(const char *pass, int log_rounds, char *hash, size_t hashlen);

#define LEGACY_SETTING "$1$"
static const char kFastBcrypt[] = "$2b$04$abcdefghijklmnopqrstuv";

char *hash_passwords(const char *pw, const char *stored, unsigned char *rnd) {
  // ruleid: backdoor-weak-kdf
  char *a = crypt(pw, "$1$saltsalt");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'crypt' hashes passwords with MD5-crypt, an obsolete scheme that stolen hashes are cracked from quickly; use yescrypt, bcrypt or SHA-512-crypt [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  char *b = crypt(pw, "ab");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'crypt' hashes passwords with traditional DES crypt, an obsolete scheme that stolen hashes are cracked from quickly; use yescrypt, bcrypt or SHA-512-crypt [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  char *c = crypt(pw, kFastBcrypt);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the bcrypt cost 4 of 'crypt' is below 10; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  char *d = crypt(pw, "$6$rounds=1000$0123456789abcdef");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the SHA-512-crypt round count 1,000 of 'crypt' is below 5,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  char *e = crypt_gensalt(LEGACY_SETTING, 0, (const char *)rnd, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'crypt_gensalt' hashes passwords with MD5-crypt, an obsolete scheme that stolen hashes are cracked from quickly; use yescrypt, bcrypt or SHA-512-crypt [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  char *f = crypt_gensalt("$2b$", 6, (const char *)rnd, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: the bcrypt cost 6 of 'crypt_gensalt' is below 10; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  char *g = crypt_gensalt("$5$", 2000, (const char *)rnd, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: the SHA-256-crypt round count 2,000 of 'crypt_gensalt' is below 5,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  char *h = bcrypt_gensalt(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the bcrypt cost 8 of 'bcrypt_gensalt' is below 10; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]

  // ok: backdoor-weak-kdf
  char *i = crypt(pw, stored);            // the setting of the stored hash: the user's choice
  // ok: backdoor-weak-kdf
  char *j = crypt_gensalt("$y$", 5, (const char *)rnd, 16);  // yescrypt
  // ok: backdoor-weak-kdf
  char *k = crypt_gensalt("$2b$", 12, (const char *)rnd, 16);
  // ok: backdoor-weak-kdf
  char *l = crypt_gensalt("$6$", 0, (const char *)rnd, 16); // 0: the library's default rounds
  // ok: backdoor-weak-kdf
  char *m = crypt_gensalt(NULL, 9, (const char *)rnd, 16);  // the system's default method
  // ok: backdoor-weak-kdf
  char *n = crypt(pw, "$6$rounds=656000$0123456789abcdef");
  char out[128];
  // ok: backdoor-weak-kdf
  bcrypt_newhash(pw, -1, out, sizeof out);                   // -1: tuned to the machine
  return a && b && c && d && e && f && g && h && i && j && k && l && m && n ? out : 0;
}

// Per-hash PBKDF2 floors: the default profile judges every PBKDF2 against
// 10,000 iterations; owasp-2023 against 1,300,000 for HMAC-SHA1, 600,000 for
// HMAC-SHA256 and 210,000 for HMAC-SHA512.
#include <openssl/evp.h>
void pbkdf2(const char *pw, const unsigned char *salt, unsigned char *key) {
  PKCS5_PBKDF2_HMAC(pw, 8, salt, 16, 300000, EVP_sha512(), 32, key);
  PKCS5_PBKDF2_HMAC(pw, 8, salt, 16, 300000, EVP_sha256(), 32, key);
  // OWASP: :[[@LINE-1]]:38: warning: the PBKDF2-HMAC-SHA256 iteration count 300,000 of 'PKCS5_PBKDF2_HMAC' is below 600,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  PKCS5_PBKDF2_HMAC_SHA1(pw, 8, salt, 16, 1000000, 32, key);
  // OWASP: :[[@LINE-1]]:43: warning: the PBKDF2-HMAC-SHA1 iteration count 1,000,000 of 'PKCS5_PBKDF2_HMAC_SHA1' is below 1,300,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
}
