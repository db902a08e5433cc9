// RUN: %run-both --checks=backdoor-hardcoded-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Hardcoded keys across the C libraries the catalog models.
// coverage: psa hardcoded-key
// coverage: libsodium hardcoded-key
// coverage: wolfssl hardcoded-key
// coverage: libgcrypt hardcoded-key
// coverage: cng hardcoded-key
// coverage: cryptoapi hardcoded-key
#include <mbedtls/cipher.h>
#include <mbedtls/aes.h>
#include <psa/crypto.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <sodium.h>
#include <gcrypt.h>
#include <gnutls/crypto.h>
#include <windows.h>
#include <CommonCrypto/CommonCryptor.h>
#include <string.h>

static const unsigned char kKey[32] = {0x4b, 0x19, 0xe2, 0x0a, 0x77, 0x3c, 0xd5, 0x81, 0x6e, 0x02, 0xfa,
                                       0x93, 0x28, 0xb7, 0x5d, 0xc4, 0x31, 0x8e, 0x67, 0xa9, 0x0f, 0xd2,
                                       0x54, 0x1b, 0xe8, 0x76, 0x3a, 0xcd, 0x95, 0x42, 0x0c, 0xbf};
static const char kPem[] = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB\n-----END EC PRIVATE KEY-----\n";

void mbed(mbedtls_aes_context *aes, mbedtls_cipher_context_t *c) {
  // ruleid: backdoor-hardcoded-key
  mbedtls_aes_setkey_enc(aes, kKey, 256);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: hardcoded key 'kKey' reaches the key of 'mbedtls_aes_setkey_enc'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-9]]:39: note: constant defined here
  // ruleid: backdoor-hardcoded-key
  mbedtls_cipher_setkey(c, kKey, 256, MBEDTLS_ENCRYPT);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: hardcoded key 'kKey' reaches the key of 'mbedtls_cipher_setkey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-13]]:39: note: constant defined here
}

void psa(const psa_key_attributes_t *attr, psa_key_id_t *id) {
  // ruleid: backdoor-hardcoded-key
  psa_import_key(attr, kKey, sizeof kKey, id);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: hardcoded key 'kKey' reaches the key of 'psa_import_key'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-20]]:39: note: constant defined here
  uint8_t fresh[32];
  psa_generate_random(fresh, sizeof fresh);
  // ok: backdoor-hardcoded-key
  psa_import_key(attr, fresh, sizeof fresh, id);
}

void wolf(Aes *aes, Hmac *h, WOLFSSL_CTX *ctx) {
  // ruleid: backdoor-hardcoded-key
  wc_AesSetKey(aes, kKey, 32, NULL, AES_ENCRYPTION);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: hardcoded key 'kKey' reaches the key of 'wc_AesSetKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-31]]:39: note: constant defined here
  // ruleid: backdoor-hardcoded-key
  wc_HmacSetKey(h, WC_SHA256, (const byte *)"wolf-hmac-key-42", 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: a hardcoded key reaches the key of 'wc_HmacSetKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // ruleid: backdoor-hardcoded-key
  wolfSSL_CTX_use_PrivateKey_buffer(ctx, (const unsigned char *)kPem, sizeof kPem, SSL_FILETYPE_PEM);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: hardcoded private key 'kPem' reaches the private key of 'wolfSSL_CTX_use_PrivateKey_buffer'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-35]]:28: note: constant defined here
}

void sodium(unsigned char *c, const unsigned char *m, unsigned long long n, unsigned char *nonce) {
  // ruleid: backdoor-hardcoded-key
  crypto_secretbox_easy(c, m, n, nonce, kKey);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: hardcoded key 'kKey' reaches the key of 'crypto_secretbox_easy'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-45]]:39: note: constant defined here
  unsigned char mac[32];
  // ruleid: backdoor-hardcoded-key
  crypto_auth(mac, m, n, kKey);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: hardcoded key 'kKey' reaches the key of 'crypto_auth'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-50]]:39: note: constant defined here
  unsigned char hexkey[32];
  sodium_hex2bin(hexkey, 32, "6a1f0e4c9b2d7a83f5e61c0d4b9a2e7f91c4d07e2b8a5f3c6e0d19a74b2c8e5f", 64, NULL, NULL, NULL);
  // ruleid: backdoor-hardcoded-key
  crypto_secretbox_easy(c, m, n, nonce, hexkey);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: hardcoded key 'hexkey' reaches the key of 'crypto_secretbox_easy'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:30: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: derived here
}

void gcrypt(gcry_cipher_hd_t h) {
  // ruleid: backdoor-hardcoded-key
  gcry_cipher_setkey(h, kKey, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: hardcoded key 'kKey' reaches the key of 'gcry_cipher_setkey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-64]]:39: note: constant defined here
}

void gnutls(gnutls_cipher_hd_t *h, unsigned char *iv_data) {
  gnutls_datum_t key = {(unsigned char *)kKey, 32};
  gnutls_datum_t iv = {iv_data, 16};
  // ruleid: backdoor-hardcoded-key
  gnutls_cipher_init(h, GNUTLS_CIPHER_AES_128_CBC, &key, &iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'kKey' reaches the key of 'gnutls_cipher_init'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-73]]:39: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:24: note: value defined here
}

void windows(HCRYPTPROV prov, BCRYPT_ALG_HANDLE alg) {
  HCRYPTHASH hash;
  HCRYPTKEY key;
  CryptCreateHash(prov, CALG_SHA_256, 0, 0, &hash);
  CryptHashData(hash, (const BYTE *)"VendorMasterPassphrase", 22, 0);
  // ruleid: backdoor-hardcoded-key
  CryptDeriveKey(prov, CALG_AES_256, hash, 0, &key);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: a hardcoded key (computed from constant data) reaches the key of 'CryptDeriveKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:37: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: hashed here
  BCRYPT_KEY_HANDLE bk;
  // ruleid: backdoor-hardcoded-key
  BCryptGenerateSymmetricKey(alg, &bk, NULL, 0, (UCHAR *)kKey, 32, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: hardcoded key 'kKey' reaches the key of 'BCryptGenerateSymmetricKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-91]]:39: note: constant defined here
}

void commoncrypto(const void *in, size_t n, void *out, size_t *moved) {
  // ruleid: backdoor-hardcoded-key
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, kKey, 32, NULL, in, n, out, n + 16, moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: hardcoded key 'kKey' reaches the key of 'CCCrypt'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-98]]:39: note: constant defined here
}

// Negative cases: keys from each library's RNG.
void safe(mbedtls_aes_context *aes, Aes *waes, WC_RNG *rng, gcry_cipher_hd_t h, HCRYPTPROV prov,
          BCRYPT_ALG_HANDLE alg, unsigned char *c, const unsigned char *m, unsigned char *nonce) {
  unsigned char k[32];
  randombytes_buf(k, sizeof k);
  // ok: backdoor-hardcoded-key
  crypto_secretbox_easy(c, m, 16, nonce, k);
  unsigned char wk[32];
  wc_RNG_GenerateBlock(rng, wk, sizeof wk);
  // ok: backdoor-hardcoded-key
  wc_AesSetKey(waes, wk, 32, NULL, AES_ENCRYPTION);
  unsigned char gk[32];
  gcry_randomize(gk, sizeof gk, GCRY_STRONG_RANDOM);
  // ok: backdoor-hardcoded-key
  gcry_cipher_setkey(h, gk, 32);
  unsigned char ck[32];
  CryptGenRandom(prov, sizeof ck, ck);
  HCRYPTKEY key;
  // ok: backdoor-hardcoded-key (a public key blob)
  static const BYTE kPubBlob[] = {0x06, 0x02, 0x00, 0x00, 0x00, 0xa4, 0x00, 0x00};
  CryptImportKey(prov, kPubBlob, sizeof kPubBlob, 0, 0, &key);
  unsigned char bk[32];
  BCryptGenRandom(alg, bk, sizeof bk, 0);
  BCRYPT_KEY_HANDLE h2;
  // ok: backdoor-hardcoded-key
  BCryptGenerateSymmetricKey(alg, &h2, NULL, 0, bk, 32, 0);
  unsigned char sk[32], pk[32];
  crypto_box_keypair(pk, sk);
  // ok: backdoor-hardcoded-key
  crypto_box_easy(c, m, 16, nonce, pk, sk);
}
