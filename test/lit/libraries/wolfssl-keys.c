// IVs, nonces, passwords, key sources, Diffie-Hellman groups and certificate
// verification in wolfSSL 5.5, against Debian's real headers (libwolfssl-dev).
// REQUIRES: wolfssl-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: wolfssl hardcoded-iv
// coverage: wolfssl password-kdf
// coverage: wolfssl key-sources
// coverage: wolfssl rigged-parameters
// coverage: wolfssl unchecked-verification
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/asn_public.h>
#include <wolfssl/wolfcrypt/des3.h>
#include <wolfssl/wolfcrypt/ecc.h>
#include <wolfssl/wolfcrypt/pwdbased.h>
#include <wolfssl/wolfcrypt/random.h>
#include <wolfssl/wolfcrypt/signature.h>
#include <string.h>
#include <sys/socket.h>

static const byte kIv[AES_BLOCK_SIZE] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                                         0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};
static const byte kNonce[12] = {0};

int encrypt_cbc(Aes *aes, const byte *key, byte *out, const byte *in, word32 n) {
  // ruleid: backdoor-hardcoded-iv
  if (wc_AesSetKey(aes, key, 16, kIv, AES_ENCRYPTION) != 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: constant IV 'kIv' reaches the IV of 'wc_AesSetKey'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-8]]:41: note: constant defined here
    return -1;
  return wc_AesCbcEncrypt(aes, out, in, n);
}

int encrypt_cbc_random_iv(Aes *aes, WC_RNG *rng, const byte *key, byte iv[AES_BLOCK_SIZE], byte *out,
                          const byte *in, word32 n) {
  if (wc_RNG_GenerateBlock(rng, iv, AES_BLOCK_SIZE) != 0)
    return -1;
  // ok: backdoor-hardcoded-iv
  if (wc_AesSetKey(aes, key, 16, iv, AES_ENCRYPTION) != 0)
    return -1;
  return wc_AesCbcEncrypt(aes, out, in, n);
}

int seal_gcm(Aes *aes, WC_RNG *rng, byte *out, const byte *in, word32 n, byte tag[16]) {
  byte nonce[12];
  int r = wc_RNG_GenerateBlock(rng, nonce, sizeof nonce);
  // ok: backdoor-hardcoded-iv
  r |= wc_AesGcmEncrypt(aes, out, in, n, nonce, sizeof nonce, tag, 16, NULL, 0);
  // ruleid: backdoor-hardcoded-iv
  r |= wc_AesGcmEncrypt(aes, out, in, n, kNonce, sizeof kNonce, tag, 16, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: constant nonce 'kNonce' reaches the nonce of 'wc_AesGcmEncrypt'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-29]]:32: note: constant defined here
  return r;
}

int device_key(byte key[32], const byte *salt) {
  // ruleid: backdoor-magic-credential, backdoor-weak-kdf
  return wc_PBKDF2(key, (const byte *)"factory-default", 15, salt, 16, 100, 32, WC_SHA256);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: a hardcoded password reaches the password of 'wc_PBKDF2'; anyone with the binary knows it [backdoor-magic-credential]
  // CHECK-MESSAGES: :[[@LINE-2]]:72: warning: the PBKDF2 iteration count 100 of 'wc_PBKDF2' is far below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
}

int user_key(byte key[32], const char *password, const byte salt[16]) {
  // ok: backdoor-magic-credential, backdoor-weak-kdf
  return wc_PBKDF2(key, (const byte *)password, (int)strlen(password), salt, 16, 310000, 32, WC_SHA256);
}

void publish_key(WC_RNG *rng, ecc_key *key, int sock) {
  byte der[256];
  if (wc_ecc_make_key(rng, 32, key) != 0)
    return;
  int n = wc_EccPublicKeyToDer(key, der, sizeof der, 1);
  // ok: backdoor-key-exfiltration
  send(sock, der, n, 0);
  n = wc_EccPrivateKeyToDer(key, der, sizeof der);
  // ruleid: backdoor-key-exfiltration
  send(sock, der, n, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'der' (a DER private key from 'wc_EccPrivateKeyToDer') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: key material produced here
}

/* 1024 bits, the product of two primes (the shape of socat's 2016 modulus). */
static const unsigned char dh1024_p[] = {
    0xc8, 0xe0, 0xf4, 0x32, 0x6b, 0xfd, 0xf5, 0x22, 0x43, 0x9d, 0x62, 0x2e,
    0x75, 0x3a, 0x2f, 0x2d, 0x51, 0x3b, 0x84, 0x82, 0x94, 0x21, 0x93, 0x37,
    0xbf, 0x16, 0x30, 0xb8, 0x29, 0x99, 0x85, 0x20, 0x48, 0x4e, 0x02, 0x7e,
    0xe8, 0x61, 0x89, 0x1e, 0x94, 0x93, 0xb7, 0xa9, 0xf2, 0x55, 0x63, 0x4f,
    0x53, 0x3b, 0x6b, 0x1a, 0x14, 0x00, 0x8b, 0x37, 0x53, 0x38, 0x80, 0x9c,
    0x0f, 0x92, 0x5e, 0xc4, 0xed, 0x80, 0x29, 0x71, 0x6b, 0x1a, 0x94, 0xb3,
    0xa3, 0xac, 0xcf, 0x71, 0x97, 0x6a, 0x72, 0x08, 0x90, 0x1b, 0x54, 0x93,
    0x60, 0xcc, 0xb4, 0x20, 0x10, 0xfd, 0x87, 0xb0, 0x23, 0x78, 0xf3, 0xd2,
    0xd8, 0x8d, 0xbc, 0x59, 0x2c, 0x72, 0xa9, 0x9e, 0xcd, 0x3b, 0xbd, 0xe8,
    0x5c, 0x10, 0xe6, 0x87, 0x36, 0x98, 0x4c, 0x1f, 0xdb, 0x10, 0x0e, 0x65,
    0x0b, 0x76, 0x06, 0x10, 0x37, 0x91, 0xba, 0xdb,
};
static const unsigned char dh_g[] = {0x02};
static const unsigned char ffdhe2048_p[] = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xad, 0xf8, 0x54, 0x58,
    0xa2, 0xbb, 0x4a, 0x9a, 0xaf, 0xdc, 0x56, 0x20, 0x27, 0x3d, 0x3c, 0xf1,
    0xd8, 0xb9, 0xc5, 0x83, 0xce, 0x2d, 0x36, 0x95, 0xa9, 0xe1, 0x36, 0x41,
    0x14, 0x64, 0x33, 0xfb, 0xcc, 0x93, 0x9d, 0xce, 0x24, 0x9b, 0x3e, 0xf9,
    0x7d, 0x2f, 0xe3, 0x63, 0x63, 0x0c, 0x75, 0xd8, 0xf6, 0x81, 0xb2, 0x02,
    0xae, 0xc4, 0x61, 0x7a, 0xd3, 0xdf, 0x1e, 0xd5, 0xd5, 0xfd, 0x65, 0x61,
    0x24, 0x33, 0xf5, 0x1f, 0x5f, 0x06, 0x6e, 0xd0, 0x85, 0x63, 0x65, 0x55,
    0x3d, 0xed, 0x1a, 0xf3, 0xb5, 0x57, 0x13, 0x5e, 0x7f, 0x57, 0xc9, 0x35,
    0x98, 0x4f, 0x0c, 0x70, 0xe0, 0xe6, 0x8b, 0x77, 0xe2, 0xa6, 0x89, 0xda,
    0xf3, 0xef, 0xe8, 0x72, 0x1d, 0xf1, 0x58, 0xa1, 0x36, 0xad, 0xe7, 0x35,
    0x30, 0xac, 0xca, 0x4f, 0x48, 0x3a, 0x79, 0x7a, 0xbc, 0x0a, 0xb1, 0x82,
    0xb3, 0x24, 0xfb, 0x61, 0xd1, 0x08, 0xa9, 0x4b, 0xb2, 0xc8, 0xe3, 0xfb,
    0xb9, 0x6a, 0xda, 0xb7, 0x60, 0xd7, 0xf4, 0x68, 0x1d, 0x4f, 0x42, 0xa3,
    0xde, 0x39, 0x4d, 0xf4, 0xae, 0x56, 0xed, 0xe7, 0x63, 0x72, 0xbb, 0x19,
    0x0b, 0x07, 0xa7, 0xc8, 0xee, 0x0a, 0x6d, 0x70, 0x9e, 0x02, 0xfc, 0xe1,
    0xcd, 0xf7, 0xe2, 0xec, 0xc0, 0x34, 0x04, 0xcd, 0x28, 0x34, 0x2f, 0x61,
    0x91, 0x72, 0xfe, 0x9c, 0xe9, 0x85, 0x83, 0xff, 0x8e, 0x4f, 0x12, 0x32,
    0xee, 0xf2, 0x81, 0x83, 0xc3, 0xfe, 0x3b, 0x1b, 0x4c, 0x6f, 0xad, 0x73,
    0x3b, 0xb5, 0xfc, 0xbc, 0x2e, 0xc2, 0x20, 0x05, 0xc5, 0x8e, 0xf1, 0x83,
    0x7d, 0x16, 0x83, 0xb2, 0xc6, 0xf3, 0x4a, 0x26, 0xc1, 0xb2, 0xef, 0xfa,
    0x88, 0x6b, 0x42, 0x38, 0x61, 0x28, 0x5c, 0x97, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff,};

int server_dh(WOLFSSL_CTX *ctx) {
  // ruleid: backdoor-rigged-parameters, backdoor-short-key
  int r = wolfSSL_CTX_SetTmpDH(ctx, dh1024_p, sizeof dh1024_p, dh_g, sizeof dh_g);
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:11: warning: the Diffie-Hellman modulus 'dh1024_p' (1024 bits) passed to 'wolfSSL_CTX_SetTmpDH' is not prime; whoever knows its factors computes discrete logarithms and recovers every key exchanged with it [backdoor-rigged-parameters]
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:11: warning: 1024-bit Diffie-Hellman modulus 'dh1024_p' is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-43]]:41: note: constant defined here
  // ok: backdoor-rigged-parameters
  r |= wolfSSL_CTX_SetTmpDH(ctx, ffdhe2048_p, sizeof ffdhe2048_p, dh_g, sizeof dh_g);
  return r;
}

int accept_chain(WOLFSSL_X509_STORE_CTX *store) {
  // ruleid: backdoor-unchecked-verification
  wolfSSL_X509_verify_cert(store);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'wolfSSL_X509_verify_cert' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  return 1;
}

int check_chain(WOLFSSL_X509_STORE_CTX *store) {
  // ok: backdoor-unchecked-verification
  return wolfSSL_X509_verify_cert(store) == WOLFSSL_SUCCESS;
}

int check_signature(const byte *data, word32 n, const byte *sig, word32 siglen, ecc_key *key) {
  // ruleid: backdoor-unchecked-verification
  wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_ECC, data, n, sig, siglen, key, sizeof *key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'wc_SignatureVerify' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  // ok: backdoor-unchecked-verification
  return wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_ECC, data, n, sig, siglen, key, sizeof *key) == 0;
}

// A 3DES object's IV set again with wc_Des3_SetIV: constant, or drawn per message.
static const byte kDesIv[DES_BLOCK_SIZE] = {1, 2, 3, 4, 5, 6, 7, 8};

int reiv_des3(Des3 *des, byte *out, const byte *in, word32 n) {
  // ruleid: backdoor-hardcoded-iv
  if (wc_Des3_SetIV(des, kDesIv) != 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: constant IV 'kDesIv' reaches the IV of 'wc_Des3_SetIV'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-6]]:44: note: constant defined here
    return -1;
  return wc_Des3_CbcEncrypt(des, out, in, n);
}

int reiv_des3_random(Des3 *des, WC_RNG *rng, byte *out, const byte *in, word32 n) {
  byte iv[DES_BLOCK_SIZE];
  if (wc_RNG_GenerateBlock(rng, iv, sizeof iv) != 0)
    return -1;
  // ok: backdoor-hardcoded-iv
  if (wc_Des3_SetIV(des, iv) != 0)
    return -1;
  return wc_Des3_CbcEncrypt(des, out, in, n);
}
