// Keys, IVs, nonces, salts, passwords and key sources in Mbed TLS 2.28, against
// Debian's real headers (libmbedtls-dev).
// REQUIRES: mbedtls-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: mbedtls hardcoded-key
// coverage: mbedtls hardcoded-iv
// coverage: mbedtls password-kdf
// coverage: mbedtls key-sources
#include <mbedtls/aes.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/gcm.h>
#include <mbedtls/md.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/pkcs5.h>
#include <mbedtls/rsa.h>
#include <string.h>

// ruleid: backdoor-secret-literal
static const unsigned char kFirmwareKey[16] = {0x8f, 0x3a, 0xc2, 0x71, 0x0e, 0xd4, 0x95, 0x6b,
// CHECK-MESSAGES: :[[@LINE-1]]:47: warning: variable 'kFirmwareKey' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                                               0x27, 0xe8, 0x4c, 0xb1, 0x5d, 0x90, 0x13, 0xfa};
static const unsigned char kIv[16] = {0};
static const unsigned char kGcmNonce[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
static const unsigned char kSalt[8] = {'s', 'a', 'l', 't', 's', 'a', 'l', 't'};

int decrypt_firmware(unsigned char *buf, size_t n) {
  mbedtls_aes_context aes;
  unsigned char iv[16];
  mbedtls_aes_init(&aes);
  // ruleid: backdoor-hardcoded-key
  mbedtls_aes_setkey_dec(&aes, kFirmwareKey, 128);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: hardcoded key 'kFirmwareKey' reaches the key of 'mbedtls_aes_setkey_dec'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-14]]:47: note: constant defined here
  memcpy(iv, kIv, sizeof iv);
  // ruleid: backdoor-hardcoded-iv
  int r = mbedtls_aes_crypt_cbc(&aes, MBEDTLS_AES_DECRYPT, n, iv, buf, buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: constant IV 'kIv' reaches the IV of 'mbedtls_aes_crypt_cbc'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-16]]:38: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: copied here
  mbedtls_aes_free(&aes);
  return r;
}

int seal_record(mbedtls_gcm_context *gcm, mbedtls_ctr_drbg_context *drbg, const unsigned char *in,
                size_t n, unsigned char *out, unsigned char tag[16]) {
  unsigned char key[32], nonce[12];
  if (mbedtls_ctr_drbg_random(drbg, key, sizeof key) != 0 ||
      mbedtls_ctr_drbg_random(drbg, nonce, sizeof nonce) != 0)
    return -1;
  // ok: backdoor-hardcoded-key
  mbedtls_gcm_setkey(gcm, MBEDTLS_CIPHER_ID_AES, key, 256);
  // ok: backdoor-hardcoded-iv
  int r = mbedtls_gcm_crypt_and_tag(gcm, MBEDTLS_GCM_ENCRYPT, n, nonce, sizeof nonce, NULL, 0, in, out, 16, tag);
  // ruleid: backdoor-hardcoded-iv
  r |= mbedtls_gcm_crypt_and_tag(gcm, MBEDTLS_GCM_ENCRYPT, n, kGcmNonce, sizeof kGcmNonce, NULL, 0, in, out, 16, tag);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: constant nonce 'kGcmNonce' reaches the nonce of 'mbedtls_gcm_crypt_and_tag'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-34]]:44: note: constant defined here
  return r;
}

int derive_from_builtin_password(mbedtls_md_context_t *md, unsigned char key[32]) {
  // ruleid: backdoor-magic-credential, backdoor-hardcoded-iv, backdoor-weak-kdf, backdoor-weak-kdf
  return mbedtls_pkcs5_pbkdf2_hmac(md, (const unsigned char *)"admin123", 8, kSalt, sizeof kSalt, 1000, 32, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: a hardcoded password reaches the password of 'mbedtls_pkcs5_pbkdf2_hmac'; anyone with the binary knows it [backdoor-magic-credential]
  // CHECK-MESSAGES: :[[@LINE-2]]:78: warning: constant salt 'kSalt' reaches the salt of 'mbedtls_pkcs5_pbkdf2_hmac'; one precomputation then attacks every password [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-42]]:39: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-4]]:85: warning: a 8-byte salt for 'mbedtls_pkcs5_pbkdf2_hmac' is shorter than 16 bytes; precomputed tables cover short salts [backdoor-weak-kdf]
  // CHECK-MESSAGES: :[[@LINE-5]]:99: warning: the PBKDF2 iteration count 1,000 of 'mbedtls_pkcs5_pbkdf2_hmac' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
}

int derive_from_user(mbedtls_md_context_t *md, mbedtls_ctr_drbg_context *drbg, const char *password,
                     unsigned char salt[16], unsigned char key[32]) {
  if (mbedtls_ctr_drbg_random(drbg, salt, 16) != 0)
    return -1;
  // ok: backdoor-magic-credential, backdoor-hardcoded-iv, backdoor-weak-kdf
  return mbedtls_pkcs5_pbkdf2_hmac(md, (const unsigned char *)password, strlen(password), salt, 16, 600000, 32, key);
}

void send_private_exponent(mbedtls_rsa_context *rsa, mbedtls_net_context *sock) {
  unsigned char n[256], d[256];
  mbedtls_rsa_export_raw(rsa, n, sizeof n, NULL, 0, NULL, 0, d, sizeof d, NULL, 0);
  // ok: backdoor-key-exfiltration
  mbedtls_net_send(sock, n, sizeof n);
  // ruleid: backdoor-key-exfiltration
  mbedtls_net_send(sock, d, sizeof d);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'd' (RSA private components from 'mbedtls_rsa_export_raw') is sent over the network by 'mbedtls_net_send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: key material produced here
}
