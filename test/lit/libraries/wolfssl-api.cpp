// RUN: %run-both %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: wolfssl tls-versions
// coverage: wolfssl key-size
// coverage: wolfssl weak-primitive
#include <wolfssl/ssl.h>
enum { WOLFSSL_SSLV3 = 0, WOLFSSL_TLSV1 = 1, WOLFSSL_TLSV1_1 = 2, WOLFSSL_TLSV1_2 = 3, WOLFSSL_TLSV1_3 = 4 };
enum { WC_MD5 = 0, WC_SHA = 1 };
enum { ECC_SECP192R1 = 2, ECC_SECP256R1 = 7 };
enum { WC_RSA_PKCSV15_PAD = 0, WC_RSA_OAEP_PAD = 1, WC_RSA_NO_PAD = 3 };
enum { WC_HASH_TYPE_NONE = 0, WC_MGF1NONE = 0 };
extern "C" {
int wolfSSL_CTX_SetMinVersion(WOLFSSL_CTX *ctx, int version);
int wc_ecc_make_key_ex(WC_RNG *rng, int keysize, ecc_key *key, int curve_id);
int wc_RsaPublicEncrypt_ex(const byte *in, word32 inLen, byte *out, word32 outLen, RsaKey *key, WC_RNG *rng, int type, int hash, int mgf, byte *label, word32 labelSz);
}

void versions(WOLFSSL_CTX *ctx) {
  // ruleid: backdoor-weak-tls
  wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'WOLFSSL_TLSV1' allows SSLv3, TLS 1.0 or TLS 1.1 as the minimum protocol version [backdoor-weak-tls]
  // ok: backdoor-weak-tls
  wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2);
}

void keys(RsaKey *rsa, ecc_key *ec, WC_RNG *rng) {
  // ruleid: backdoor-short-key
  wc_MakeRsaKey(rsa, 1024, 65537, rng);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  wc_MakeRsaKey(rsa, 3072, 65537, rng);
  // ruleid: backdoor-short-key
  wc_ecc_make_key_ex(rng, 24, ec, ECC_SECP192R1);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: the 192-bit curve 'ECC_SECP192R1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // ok: backdoor-short-key
  wc_ecc_make_key_ex(rng, 32, ec, ECC_SECP256R1);
  // The size in bytes picks the curve: 24 bytes is P-192.
  // ruleid: backdoor-short-key
  wc_ecc_make_key(rng, 24, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 192-bit elliptic-curve key is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // ok: backdoor-short-key
  wc_ecc_make_key(rng, 32, ec);
}

void macs(Hmac *h, const byte *key, word32 n) {
  // ruleid: backdoor-weak-hash
  wc_HmacSetKey(h, WC_MD5, key, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'WC_MD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  wc_HmacSetKey(h, WC_SHA256, key, n);
}

void rsa_encrypt(RsaKey *rsa, WC_RNG *rng, const byte *in, word32 n, byte *out) {
  // ruleid: backdoor-rsa-without-oaep
  wc_RsaPublicEncrypt(in, n, out, 256, rsa, rng);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'wc_RsaPublicEncrypt' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ruleid: backdoor-rsa-without-oaep
  wc_RsaPublicEncrypt_ex(in, n, out, 256, rsa, rng, WC_RSA_NO_PAD, WC_HASH_TYPE_NONE, WC_MGF1NONE, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: 'WC_RSA_NO_PAD' turns RSA encryption into raw textbook RSA, which is deterministic and malleable; use OAEP [backdoor-rsa-without-oaep]
  // ok: backdoor-rsa-without-oaep
  wc_RsaPublicEncrypt_ex(in, n, out, 256, rsa, rng, WC_RSA_OAEP_PAD, WC_SHA256, 1, nullptr, 0);
}
