// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: gnutls tls-verify
// coverage: gnutls weak-primitive
// coverage: gnutls key-size
// coverage: gnutls password-kdf
// coverage: gnutls unchecked-verification
#include <gnutls/gnutls.h>
typedef struct gnutls_privkey_st *gnutls_privkey_t;
typedef struct gnutls_pubkey_st *gnutls_pubkey_t;
typedef struct hash_hd_st *gnutls_hmac_hd_t;
typedef enum { GNUTLS_PK_UNKNOWN = 0, GNUTLS_PK_RSA = 1, GNUTLS_PK_DSA = 2, GNUTLS_PK_DH = 3, GNUTLS_PK_EC = 4 } gnutls_pk_algorithm_t;
typedef enum { GNUTLS_DIG_MD5 = 2, GNUTLS_DIG_SHA1 = 3, GNUTLS_DIG_SHA256 = 6 } gnutls_digest_algorithm_t;
typedef enum { GNUTLS_SIGN_RSA_SHA256 = 6 } gnutls_sign_algorithm_t;
enum { GNUTLS_CIPHER_ARCFOUR_128 = 2, GNUTLS_CIPHER_3DES_CBC = 3, GNUTLS_CIPHER_AES_256_GCM = 15 };
enum { GNUTLS_MAC_MD5 = 2, GNUTLS_MAC_SHA1 = 3 };
typedef enum gnutls_certificate_verify_flags {
  GNUTLS_VERIFY_DISABLE_CA_SIGN = 1 << 0,
  GNUTLS_VERIFY_DO_NOT_ALLOW_IP_MATCHES = 1 << 1,
  GNUTLS_VERIFY_DO_NOT_ALLOW_SAME = 1 << 2,
  GNUTLS_VERIFY_ALLOW_ANY_X509_V1_CA_CRT = 1 << 3,
  GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD2 = 1 << 4,
  GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD5 = 1 << 5,
  GNUTLS_VERIFY_DISABLE_TIME_CHECKS = 1 << 6,
  GNUTLS_VERIFY_DISABLE_TRUSTED_TIME_CHECKS = 1 << 7,
  GNUTLS_VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT = 1 << 8,
  GNUTLS_VERIFY_DISABLE_CRL_CHECKS = 1 << 9,
  GNUTLS_VERIFY_ALLOW_UNSORTED_CHAIN = 1 << 10,
  GNUTLS_VERIFY_DO_NOT_ALLOW_UNSORTED_CHAIN = 1 << 11,
  GNUTLS_VERIFY_DO_NOT_ALLOW_WILDCARDS = 1 << 12,
  GNUTLS_VERIFY_USE_TLS1_RSA = 1 << 13,
  GNUTLS_VERIFY_IGNORE_UNKNOWN_CRIT_EXTENSIONS = 1 << 14,
  GNUTLS_VERIFY_ALLOW_SIGN_WITH_SHA1 = 1 << 15,
} gnutls_certificate_verify_flags;
void gnutls_certificate_set_verify_flags(gnutls_certificate_credentials_t res, unsigned int flags);
int gnutls_x509_privkey_generate(gnutls_x509_privkey_t key, gnutls_pk_algorithm_t algo, unsigned int bits, unsigned int flags);
int gnutls_privkey_generate(gnutls_privkey_t key, gnutls_pk_algorithm_t algo, unsigned int bits, unsigned int flags);
int gnutls_hmac_init(gnutls_hmac_hd_t *dig, gnutls_mac_algorithm_t algorithm, const void *key, size_t keylen);
int gnutls_privkey_sign_data(gnutls_privkey_t signer, gnutls_digest_algorithm_t hash, unsigned int flags, const gnutls_datum_t *data, gnutls_datum_t *signature);
int gnutls_pubkey_verify_data2(gnutls_pubkey_t pubkey, gnutls_sign_algorithm_t algo, unsigned int flags, const gnutls_datum_t *data, const gnutls_datum_t *signature);
int gnutls_pbkdf2(gnutls_mac_algorithm_t mac, const gnutls_datum_t *key, const gnutls_datum_t *salt, unsigned iter_count, void *output, size_t length);

void verify_flags(gnutls_certificate_credentials_t cred, int lax) {
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_flags(cred, GNUTLS_VERIFY_DISABLE_TIME_CHECKS | GNUTLS_VERIFY_DISABLE_TRUSTED_TIME_CHECKS);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 'GNUTLS_VERIFY_DISABLE_TIME_CHECKS' makes certificate verification accept certificates it must refuse (no CA check, expired, or signed with a broken hash), so a forged chain can pass [backdoor-tls-verify-disabled]
  unsigned flags = GNUTLS_VERIFY_DO_NOT_ALLOW_SAME;
  if (lax) flags |= GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD5;
  gnutls_certificate_set_verify_flags(cred, flags);
  // ok: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_flags(cred, GNUTLS_VERIFY_DO_NOT_ALLOW_X509_V1_CA_CRT | GNUTLS_VERIFY_DO_NOT_ALLOW_WILDCARDS);
}

void ciphers(gnutls_cipher_hd_t *h, const gnutls_datum_t *key, const gnutls_datum_t *iv) {
  // ruleid: backdoor-weak-cipher
  gnutls_cipher_init(h, (gnutls_cipher_algorithm_t)GNUTLS_CIPHER_ARCFOUR_128, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'GNUTLS_CIPHER_ARCFOUR_128' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  gnutls_cipher_init(h, (gnutls_cipher_algorithm_t)GNUTLS_CIPHER_3DES_CBC, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'GNUTLS_CIPHER_3DES_CBC' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ok: backdoor-weak-cipher
  gnutls_cipher_init(h, (gnutls_cipher_algorithm_t)GNUTLS_CIPHER_AES_256_GCM, key, iv);
}

void macs(gnutls_hmac_hd_t *h, const void *key, size_t n, gnutls_privkey_t k, const gnutls_datum_t *d, gnutls_datum_t *sig) {
  // ruleid: backdoor-weak-hash
  gnutls_hmac_init(h, (gnutls_mac_algorithm_t)GNUTLS_MAC_MD5, key, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'GNUTLS_MAC_MD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  gnutls_hmac_init(h, GNUTLS_MAC_SHA256, key, n);
  // ruleid: backdoor-weak-hash
  gnutls_privkey_sign_data(k, GNUTLS_DIG_SHA1, 0, d, sig);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'GNUTLS_DIG_SHA1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  gnutls_privkey_sign_data(k, GNUTLS_DIG_SHA256, 0, d, sig);
}

void keygen(gnutls_x509_privkey_t x, gnutls_privkey_t p) {
  // ruleid: backdoor-short-key
  gnutls_x509_privkey_generate(x, GNUTLS_PK_RSA, 1024, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  gnutls_privkey_generate(p, GNUTLS_PK_DSA, 1024, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 1024-bit DSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  gnutls_x509_privkey_generate(x, GNUTLS_PK_RSA, 3072, 0);
}

int derive(const gnutls_datum_t *pw, const gnutls_datum_t *salt, unsigned char *out) {
  // ruleid: backdoor-weak-hash, backdoor-weak-kdf
  int r = gnutls_pbkdf2((gnutls_mac_algorithm_t)GNUTLS_MAC_SHA1, pw, salt, 1000, out, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'GNUTLS_MAC_SHA1' selects the broken hash SHA-1 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  // CHECK-MESSAGES: :[[@LINE-2]]:76: warning: the PBKDF2 iteration count 1,000 of 'gnutls_pbkdf2' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ok: backdoor-weak-kdf, backdoor-weak-hash
  r |= gnutls_pbkdf2(GNUTLS_MAC_SHA256, pw, salt, 600000, out, 32);
  return r;
}

int verify_ignored(gnutls_pubkey_t pk, const gnutls_datum_t *d, const gnutls_datum_t *sig) {
  // ruleid: backdoor-unchecked-verification
  gnutls_pubkey_verify_data2(pk, GNUTLS_SIGN_RSA_SHA256, 0, d, sig);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'gnutls_pubkey_verify_data2' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  return 0;
}

int verify_checked(gnutls_pubkey_t pk, const gnutls_datum_t *d, const gnutls_datum_t *sig) {
  // ok: backdoor-unchecked-verification
  return gnutls_pubkey_verify_data2(pk, GNUTLS_SIGN_RSA_SHA256, 0, d, sig) < 0 ? -1 : 0;
}
