// RUN: %run-both --checks=backdoor-weak-kdf %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Work factors and salts below the floors, EVP_BytesToKey, one fast hash of a password.
// coverage: openssl password-kdf
// coverage: libsodium password-kdf
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>
#include <mbedtls/cipher.h>
#include <CommonCrypto/CommonKeyDerivation.h>
#include <string.h>

#define PBKDF2_ROUNDS 9000

void derive(const char *password, const unsigned char *salt, unsigned char *key, unsigned char *out) {
  // ruleid: backdoor-weak-kdf
  PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 1000, EVP_sha256(), 32, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: the PBKDF2 iteration count 1,000 of 'PKCS5_PBKDF2_HMAC' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, PBKDF2_ROUNDS, EVP_sha256(), 32, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: the PBKDF2 iteration count 9,000 of 'PKCS5_PBKDF2_HMAC' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 8, 600000, EVP_sha256(), 32, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: a 8-byte salt for 'PKCS5_PBKDF2_HMAC' is shorter than 16 bytes; precomputed tables cover short salts [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  EVP_BytesToKey(EVP_aes_256_cbc(), EVP_sha256(), salt, (const unsigned char *)password, 8, 1, key, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'EVP_BytesToKey' derives keys with one iteration of a fast hash by default (and a weak scheme whatever the count); use PBKDF2, scrypt or Argon2 [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  EVP_PBE_scrypt(password, strlen(password), salt, 16, 1024, 8, 1, 0, key, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: the scrypt cost N 1,024 of 'EVP_PBE_scrypt' is below 16,384; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf, backdoor-weak-kdf
  crypto_pwhash(key, 32, password, strlen(password), salt, 1, 8192, crypto_pwhash_ALG_DEFAULT);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: the Argon2 time cost 1 of 'crypto_pwhash' is below 2; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // CHECK-MESSAGES: :[[@LINE-2]]:63: warning: the Argon2 memory cost 8,192 of 'crypto_pwhash' is below 19,922,944; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  mbedtls_pkcs5_pbkdf2_hmac_ext(MBEDTLS_MD_SHA256, (const unsigned char *)password, 8, salt, 16, 4096, 32, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:98: warning: the PBKDF2 iteration count 4,096 of 'mbedtls_pkcs5_pbkdf2_hmac_ext' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  CCKeyDerivationPBKDF(kCCPBKDF2, password, 8, salt, 16, kCCPRFHmacAlgSHA256, 5000, key, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:79: warning: the PBKDF2 iteration count 5,000 of 'CCKeyDerivationPBKDF' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
}

void store(const char *password, unsigned char *digest) {
  // ruleid: backdoor-weak-kdf
  SHA256((const unsigned char *)password, strlen(password), digest);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: password 'password' is hashed with one fast hash ('SHA256'); stolen hashes are cracked at billions of guesses per second, use Argon2id, scrypt or PBKDF2 [backdoor-weak-kdf]
}

// Negative cases.
void safe(const char *password, const unsigned char *salt, unsigned char *key, const unsigned char *file,
          unsigned char *digest) {
  // ok: backdoor-weak-kdf
  PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 600000, EVP_sha256(), 32, key);
  // ok: backdoor-weak-kdf (NIST SP 800-63B: at least 10,000; the owasp-2023 profile asks for 600,000)
  PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 310000, EVP_sha256(), 32, key);
  // ok: backdoor-weak-kdf
  PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 10000, EVP_sha256(), 32, key);
  // ok: backdoor-weak-kdf
  EVP_PBE_scrypt(password, strlen(password), salt, 16, 131072, 8, 1, 0, key, 32);
  // ok: backdoor-weak-kdf
  crypto_pwhash(key, 32, password, strlen(password), salt, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_DEFAULT);
  // ok: backdoor-weak-kdf (a file checksum, not a password)
  SHA256(file, 4096, digest);
}

// One fast hash of a password in other libraries' one-shot and streaming APIs.
struct account { char pin_code[8]; char passphrase[64]; };
void store_more(const struct account *a, unsigned char *out) {
  // ruleid: backdoor-weak-kdf
  crypto_hash_sha256(out, (const unsigned char *)a->passphrase, strlen(a->passphrase));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: password 'passphrase' is hashed with one fast hash ('crypto_hash_sha256'); stolen hashes are cracked at billions of guesses per second, use Argon2id, scrypt or PBKDF2 [backdoor-weak-kdf]
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  // ruleid: backdoor-weak-kdf
  crypto_hash_sha256_update(&st, (const unsigned char *)a->pin_code, sizeof a->pin_code);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: password 'pin_code' is hashed with one fast hash ('crypto_hash_sha256_update'); stolen hashes are cracked at billions of guesses per second, use Argon2id, scrypt or PBKDF2 [backdoor-weak-kdf]
  crypto_hash_sha256_final(&st, out);
  // ruleid: backdoor-weak-kdf
  mbedtls_md(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), (const unsigned char *)a->passphrase, 64, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: password 'passphrase' is hashed with one fast hash ('mbedtls_md'); stolen hashes are cracked at billions of guesses per second, use Argon2id, scrypt or PBKDF2 [backdoor-weak-kdf]
}
void checksum_more(const unsigned char *blob, unsigned long long n, unsigned char *out) {
  // ok: backdoor-weak-kdf (a checksum of data)
  crypto_hash_sha256(out, blob, n);
  // ok: backdoor-weak-kdf
  mbedtls_md(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), blob, (size_t)n, out);
}

// One step of a slow KDF written out (OpenBSD's bcrypt_pbkdf): the password
// is collapsed with one hash, then a loop hashes again, rounds times.
static void mix(unsigned char *state, const unsigned char *in) {
  SHA256(in, 32, state);
}
void stretch(const char *pass, unsigned char *out, int rounds) {
  unsigned char collapsed[32], state[32];
  // ok: backdoor-weak-kdf
  SHA256((const unsigned char *)pass, strlen(pass), collapsed);
  for (int i = 0; i < rounds; i++) mix(state, collapsed);
  memcpy(out, state, 32);
}

// A wrapper of the unit that hands its salt length on (Cisco's type 9
// secrets): reported where a caller passes the short length, the API's use a
// note; the caller that passes the stored salt's length is silent.
static int type9_derive(const char *pw, const unsigned char *salt, size_t salt_len, unsigned char *dk) {
  return EVP_PBE_scrypt(pw, strlen(pw), salt, salt_len, 16384, 8, 1, 0, dk, 32);
}

int type9_make(const char *pw, const unsigned char *salt, unsigned char *dk) {
  // ruleid: backdoor-weak-kdf
  return type9_derive(pw, salt, 14, dk);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: a 14-byte salt for 'EVP_PBE_scrypt' is shorter than 16 bytes; precomputed tables cover short salts [backdoor-weak-kdf]
  // CHECK-MESSAGES: :[[@LINE-7]]:47: note: 'EVP_PBE_scrypt' uses it here
}

int type9_check(const char *pw, const unsigned char *stored, size_t stored_salt_len, unsigned char *dk) {
  // ok: backdoor-weak-kdf
  return type9_derive(pw, stored, stored_salt_len, dk);
}
