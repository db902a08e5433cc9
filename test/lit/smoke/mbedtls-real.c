// Smoke test against the real Mbed TLS headers (Debian's libmbedtls-dev, 2.28).
// REQUIRES: mbedtls-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: mbedtls weak-primitive
// coverage: mbedtls key-size
#include <mbedtls/cipher.h>
#include <mbedtls/des.h>
#include <mbedtls/ecp.h>
#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include <mbedtls/rsa.h>

void real(mbedtls_cipher_context_t *c, mbedtls_md_context_t *m, mbedtls_pk_context *pk,
          mbedtls_ecp_group *grp, mbedtls_rsa_context *rsa, const unsigned char *h,
          unsigned char *sig, size_t *len, mbedtls_des_context *des) {
  // ruleid: backdoor-weak-cipher
  mbedtls_cipher_setup(c, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_DES_EDE3_CBC));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'MBEDTLS_CIPHER_DES_EDE3_CBC' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-ecb-mode
  mbedtls_cipher_setup(c, mbedtls_cipher_info_from_string("AES-128-ECB"));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'AES-128-ECB' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-weak-hash
  mbedtls_md_setup(m, mbedtls_md_info_from_type(MBEDTLS_MD_MD5), 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'MBEDTLS_MD_MD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  mbedtls_pk_sign(pk, MBEDTLS_MD_SHA1, h, 20, sig, len, 0, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'MBEDTLS_MD_SHA1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-short-key
  mbedtls_ecp_group_load(grp, MBEDTLS_ECP_DP_SECP192R1);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: the 192-bit curve 'MBEDTLS_ECP_DP_SECP192R1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // ruleid: backdoor-short-key
  mbedtls_rsa_gen_key(rsa, 0, 0, 1024, 65537);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-weak-cipher
  mbedtls_des_setkey_enc(des, h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mbedtls_des_setkey_enc' uses the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ok: backdoor-weak-hash
  mbedtls_md_setup(m, mbedtls_md_info_from_type(MBEDTLS_MD_MD5), 0);
  // ok: backdoor-short-key
  mbedtls_ecp_group_load(grp, MBEDTLS_ECP_DP_SECP256R1);
}
