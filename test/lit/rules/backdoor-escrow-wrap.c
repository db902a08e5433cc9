// RUN: %run-both --checks=backdoor-escrow-wrap %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Session keys wrapped under a public key compiled into the program.
// coverage: openssl escrow
// coverage: mbedtls escrow
// coverage: wolfssl escrow
// coverage: libsodium escrow
// coverage: cng escrow
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <mbedtls/ssl.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <sodium.h>
#include <windows.h>
#include <string.h>

static const char VENDOR_RECOVERY_PEM[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
    "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n"
    "-----END PUBLIC KEY-----\n";

static const unsigned char ESCROW_DER[] = {
    0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01,
    0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01,
    0x00, 0xbb, 0x54, 0x94, 0xd4, 0xb7, 0xd5, 0x2c, 0xf1, 0xc2, 0xa3, 0x33, 0x31, 0x1f, 0x63, 0x28,
    0xe2, 0x58, 0x0e, 0x11, 0xe3, 0xf3, 0x36, 0x6d, 0x2d, 0x46, 0x07, 0x8b, 0x7b, 0x35, 0x7a, 0x7d};

static const unsigned char ADK_X25519[32] = {
    0x85, 0x20, 0xf0, 0x09, 0x89, 0x30, 0xa7, 0x54, 0x74, 0x8b, 0x7d, 0xdc, 0xb4, 0x3e, 0xf7, 0x5a,
    0x0d, 0xbf, 0x3a, 0x0d, 0x26, 0x38, 0x1a, 0xf4, 0xeb, 0xa4, 0xa9, 0x8e, 0xaa, 0x9b, 0x4e, 0x6a};

static EVP_PKEY *load_escrow_key(void) {
  BIO *b = BIO_new_mem_buf(VENDOR_RECOVERY_PEM, -1);
  return PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
}

void openssl_rsa_escrow(EVP_CIPHER_CTX *ctx, const unsigned char *iv, unsigned char *out) {
  unsigned char session_key[32];
  RAND_bytes(session_key, sizeof session_key);
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, session_key, iv);
  BIO *b = BIO_new_mem_buf(VENDOR_RECOVERY_PEM, -1);
  RSA *escrow = PEM_read_bio_RSA_PUBKEY(b, NULL, NULL, NULL);
  // ruleid: backdoor-escrow-wrap
  RSA_public_encrypt(32, session_key, out, escrow, RSA_PKCS1_OAEP_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'session_key' (a random key from 'RAND_bytes') is encrypted by 'RSA_public_encrypt' under a public key compiled into the program ('VENDOR_RECOVERY_PEM'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-29]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:12: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-6]]:17: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-10]]:3: note: key material produced here
}

void openssl_evp_escrow(unsigned char *out, size_t *outlen) {
  unsigned char dek[32];
  RAND_bytes(dek, sizeof dek);
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(load_escrow_key(), NULL);
  EVP_PKEY_encrypt_init(pctx);
  // ruleid: backdoor-escrow-wrap
  EVP_PKEY_encrypt(pctx, out, outlen, dek, sizeof dek);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'dek' (a random key from 'RAND_bytes') is encrypted by 'EVP_PKEY_encrypt' under a public key compiled into the program ('VENDOR_RECOVERY_PEM'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-43]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-28]]:12: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-28]]:10: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-29]]:3: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-9]]:24: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-11]]:3: note: key material produced here
}

void openssl_der_escrow(unsigned char *out, size_t *outlen, const unsigned char *data_key) {
  const unsigned char *p = ESCROW_DER;
  EVP_PKEY *adk = d2i_PUBKEY(NULL, &p, sizeof ESCROW_DER);
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(adk, NULL);
  // ruleid: backdoor-escrow-wrap
  EVP_PKEY_encrypt(pctx, out, outlen, data_key, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'data_key' is encrypted by 'EVP_PKEY_encrypt' under a public key compiled into the program ('ESCROW_DER'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-53]]:43: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:28: note: value defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:19: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-7]]:24: note: passed through here
}

void openssl_seal_extra_recipient(EVP_CIPHER_CTX *ctx, EVP_PKEY *peer, unsigned char **ek, int *ekl,
                                  unsigned char *iv) {
  EVP_PKEY *recipients[2] = {peer, load_escrow_key()};
  // ruleid: backdoor-escrow-wrap
  EVP_SealInit(ctx, EVP_aes_256_cbc(), ek, ekl, iv, recipients, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'EVP_SealInit' also seals the session key to a public key compiled into the program ('VENDOR_RECOVERY_PEM'); whoever holds the matching private key can open every message: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-70]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-55]]:12: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-55]]:10: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-56]]:3: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-8]]:29: note: value defined here
}

void mbedtls_escrow(mbedtls_pk_context *pk, mbedtls_ctr_drbg_context *drbg, unsigned char *out) {
  unsigned char key[32];
  size_t olen = 0;
  mbedtls_ctr_drbg_random(drbg, key, sizeof key);
  mbedtls_pk_parse_public_key(pk, (const unsigned char *)VENDOR_RECOVERY_PEM, sizeof VENDOR_RECOVERY_PEM);
  // ruleid: backdoor-escrow-wrap
  mbedtls_pk_encrypt(pk, key, sizeof key, out, &olen, 512, mbedtls_ctr_drbg_random, drbg);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'key' (a random key from 'mbedtls_ctr_drbg_random') is encrypted by 'mbedtls_pk_encrypt' under a public key compiled into the program ('VENDOR_RECOVERY_PEM'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-85]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: copied here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: key material produced here
}

void wolfssl_escrow(RsaKey *rsa, WC_RNG *rng, byte *out) {
  byte session_key[32];
  word32 idx = 0;
  wc_RNG_GenerateBlock(rng, session_key, sizeof session_key);
  wc_RsaPublicKeyDecode(ESCROW_DER, &idx, rsa, sizeof ESCROW_DER);
  // ruleid: backdoor-escrow-wrap
  wc_RsaPublicEncrypt(session_key, sizeof session_key, out, 256, rsa, rng);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'session_key' (a random key from 'wc_RNG_GenerateBlock') is encrypted by 'wc_RsaPublicEncrypt' under a public key compiled into the program ('ESCROW_DER'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-93]]:43: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: copied here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: key material produced here
}

void sodium_sealed_box_escrow(unsigned char *sealed) {
  unsigned char key[crypto_secretbox_KEYBYTES];
  crypto_secretbox_keygen(key);
  // ruleid: backdoor-escrow-wrap
  crypto_box_seal(sealed, key, sizeof key, ADK_X25519);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'key' (a generated key from 'crypto_secretbox_keygen') is encrypted by 'crypto_box_seal' under a public key compiled into the program ('ADK_X25519'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-98]]:45: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
}

void cng_escrow(BCRYPT_ALG_HANDLE rsa_alg, UCHAR *out, ULONG *outlen) {
  UCHAR content_key[32];
  BCRYPT_KEY_HANDLE escrow;
  BCryptGenRandom(NULL, content_key, sizeof content_key, 2);
  BCryptImportKeyPair(rsa_alg, NULL, BCRYPT_RSAPUBLIC_BLOB, &escrow, (UCHAR *)ESCROW_DER, sizeof ESCROW_DER, 0);
  // ruleid: backdoor-escrow-wrap
  BCryptEncrypt(escrow, content_key, sizeof content_key, NULL, NULL, 0, out, 256, outlen, BCRYPT_PAD_OAEP);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'content_key' (a random key from 'BCryptGenRandom') is encrypted by 'BCryptEncrypt' under a public key compiled into the program ('ESCROW_DER'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-116]]:43: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: copied here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: key material produced here
}

static const unsigned char kModulus[64] = {0x0b, 0x30, 0x55, 0x7a, 0x9f, 0xc4, 0xe9, 0x0e, 0x33, 0x58, 0x7d, 0xa2, 0xc7, 0xec, 0x11, 0x36, 0x5b, 0x80, 0xa5, 0xca, 0xef, 0x14, 0x39, 0x5e, 0x83, 0xa8, 0xcd, 0xf2, 0x17, 0x3c, 0x61, 0x86, 0xab, 0xd0, 0xf5, 0x1a, 0x3f, 0x64, 0x89, 0xae, 0xd3, 0xf8, 0x1d, 0x42, 0x67, 0x8c, 0xb1, 0xd6, 0xfb, 0x20, 0x45, 0x6a, 0x8f, 0xb4, 0xd9, 0xfe, 0x23, 0x48, 0x6d, 0x92, 0xb7, 0xdc, 0x01, 0x26};
static const unsigned char kExponent[3] = {0x01, 0x00, 0x01};

void openssl_constant_modulus(unsigned char *out) {
  unsigned char session_key[32];
  RAND_bytes(session_key, sizeof session_key);
  RSA *r = RSA_new();
  RSA_set0_key(r, BN_bin2bn(kModulus, sizeof kModulus, NULL), BN_bin2bn(kExponent, 3, NULL), NULL);
  // ruleid: backdoor-escrow-wrap
  RSA_public_encrypt(32, session_key, out, r, RSA_PKCS1_OAEP_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'session_key' (a random key from 'RAND_bytes') is encrypted by 'RSA_public_encrypt' under a public key compiled into the program ('kModulus'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-11]]:43: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:19: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: copied here
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: key material produced here
}

// ---- not findings

void peer_key_at_run_time(const unsigned char *peer_der, long len, unsigned char *out, size_t *outlen) {
  unsigned char session_key[32];
  RAND_bytes(session_key, sizeof session_key);
  EVP_PKEY *peer = d2i_PUBKEY(NULL, &peer_der, len);
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(peer, NULL);
  // ok: backdoor-escrow-wrap
  EVP_PKEY_encrypt(pctx, out, outlen, session_key, sizeof session_key);
}

void seal_to_peer_only(EVP_CIPHER_CTX *ctx, EVP_PKEY *peer, unsigned char **ek, int *ekl, unsigned char *iv) {
  EVP_PKEY *recipients[1] = {peer};
  // ok: backdoor-escrow-wrap
  EVP_SealInit(ctx, EVP_aes_256_cbc(), ek, ekl, iv, recipients, 1);
}

void telemetry_to_vendor(unsigned char *out, size_t *outlen, const unsigned char *report, size_t n) {
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(load_escrow_key(), NULL);
  // ok: backdoor-escrow-wrap
  EVP_PKEY_encrypt(pctx, out, outlen, report, n);
}

void sodium_to_peer(unsigned char *sealed, const unsigned char *peer_pk) {
  unsigned char key[crypto_secretbox_KEYBYTES];
  crypto_secretbox_keygen(key);
  // ok: backdoor-escrow-wrap
  crypto_box_seal(sealed, key, sizeof key, peer_pk);
}

void mbedtls_to_peer(mbedtls_pk_context *pk, mbedtls_ctr_drbg_context *drbg, const unsigned char *peer_pem,
                     size_t n, unsigned char *out) {
  unsigned char key[32];
  size_t olen = 0;
  mbedtls_ctr_drbg_random(drbg, key, sizeof key);
  mbedtls_pk_parse_public_key(pk, peer_pem, n);
  // ok: backdoor-escrow-wrap
  mbedtls_pk_encrypt(pk, key, sizeof key, out, &olen, 512, mbedtls_ctr_drbg_random, drbg);
}

void wolfssl_to_peer(RsaKey *rsa, WC_RNG *rng, const byte *peer_der, word32 n, byte *out) {
  byte session_key[32];
  word32 idx = 0;
  wc_RNG_GenerateBlock(rng, session_key, sizeof session_key);
  wc_RsaPublicKeyDecode(peer_der, &idx, rsa, n);
  // ok: backdoor-escrow-wrap
  wc_RsaPublicEncrypt(session_key, sizeof session_key, out, 256, rsa, rng);
}

void cng_symmetric_encrypt(BCRYPT_ALG_HANDLE aes, UCHAR *data, UCHAR *out, ULONG *outlen, UCHAR *secret) {
  BCRYPT_KEY_HANDLE k;
  UCHAR session_key[32];
  BCryptGenRandom(NULL, session_key, sizeof session_key, 2);
  BCryptGenerateSymmetricKey(aes, &k, NULL, 0, secret, 32, 0);
  // ok: backdoor-escrow-wrap
  BCryptEncrypt(k, session_key, 32, NULL, NULL, 0, out, 48, outlen, 0);
}

// A random buffer named like a key in camelCase ("groupKey": the words
// "group_key") is key material, as "group_key" is; a nonce is not.
static const unsigned char kOpsRecoveryPk[32] = {
    0xe9, 0xf4, 0x69, 0x0c, 0xca, 0x7a, 0x0d, 0x54, 0xbb, 0x48, 0x32, 0x82, 0xf1, 0xc7, 0x3f, 0x2d,
    0x2e, 0xf1, 0xae, 0xbc, 0xdd, 0x56, 0x03, 0x30, 0x07, 0x8f, 0x1d, 0x38, 0x8d, 0xe2, 0x29, 0x2e};

int group_escrow(unsigned char *out, const unsigned char *sk) {
  unsigned char groupKey[32], nonceBytes[24], n[24];
  randombytes_buf(groupKey, sizeof groupKey);
  randombytes_buf(nonceBytes, sizeof nonceBytes);
  randombytes_buf(n, sizeof n);
  // ok: backdoor-escrow-wrap
  crypto_box_easy(out + 64, nonceBytes, sizeof nonceBytes, n, kOpsRecoveryPk, sk);
  // ruleid: backdoor-escrow-wrap
  return crypto_box_easy(out, groupKey, sizeof groupKey, n, kOpsRecoveryPk, sk);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'groupKey' (a random key from 'randombytes_buf') is encrypted by 'crypto_box_easy' under a public key compiled into the program ('kOpsRecoveryPk'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
}
