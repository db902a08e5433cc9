// The PSA Crypto API as Mbed TLS 2.28 ships it, against Debian's real headers
// (libmbedtls-dev): key sizes from the key type on the same attributes, nonces
// and IVs, key derivation inputs, key sources, escrow, randomness and
// verification results.
// REQUIRES: mbedtls-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: psa key-size
// coverage: psa hardcoded-iv
// coverage: psa password-kdf
// coverage: psa key-sources
// coverage: psa escrow
// coverage: psa randomness
// coverage: psa unchecked-verification
#include <psa/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

// ---- key sizes: the bits count for the type set on the same attributes
psa_status_t make_signing_key(psa_key_id_t *id) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH);
  psa_set_key_algorithm(&attr, PSA_ALG_RSA_PSS(PSA_ALG_SHA_256));
  psa_set_key_type(&attr, PSA_KEY_TYPE_RSA_KEY_PAIR);
  // ruleid: backdoor-short-key
  psa_set_key_bits(&attr, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  return psa_generate_key(&attr, id);
}

psa_status_t make_ecdh_key(psa_key_id_t *id) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_DERIVE);
  psa_set_key_algorithm(&attr, PSA_ALG_ECDH);
  psa_set_key_type(&attr, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1));
  // ok: backdoor-short-key
  psa_set_key_bits(&attr, 256);
  return psa_generate_key(&attr, id);
}

psa_status_t make_legacy_ecdh_key(psa_key_id_t *id) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_set_key_type(&attr, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1));
  // ruleid: backdoor-short-key
  psa_set_key_bits(&attr, 192);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 192-bit elliptic-curve key is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  return psa_generate_key(&attr, id);
}

psa_status_t make_keys(psa_key_id_t *rsa, psa_key_id_t *aes) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_set_key_type(&attr, PSA_KEY_TYPE_RSA_KEY_PAIR);
  // ok: backdoor-short-key
  psa_set_key_bits(&attr, 3072);
  psa_status_t s = psa_generate_key(&attr, rsa);
  psa_key_attributes_t sym = PSA_KEY_ATTRIBUTES_INIT;
  psa_set_key_type(&sym, PSA_KEY_TYPE_AES);
  // ok: backdoor-short-key
  psa_set_key_bits(&sym, 256);
  return s | psa_generate_key(&sym, aes);
}

// ---- nonces and IVs
static const uint8_t kNonce[12] = {0};
static const uint8_t kIv[16] = {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                                0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};

psa_status_t seal(psa_key_id_t key, const uint8_t *in, size_t n, uint8_t *out, size_t size, size_t *outl) {
  uint8_t nonce[12];
  psa_status_t s = psa_generate_random(nonce, sizeof nonce);
  if (s != PSA_SUCCESS)
    return s;
  // ok: backdoor-hardcoded-iv
  s = psa_aead_encrypt(key, PSA_ALG_GCM, nonce, sizeof nonce, NULL, 0, in, n, out, size, outl);
  // ruleid: backdoor-hardcoded-iv
  s |= psa_aead_encrypt(key, PSA_ALG_GCM, kNonce, sizeof kNonce, NULL, 0, in, n, out, size, outl);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: constant nonce 'kNonce' reaches the nonce of 'psa_aead_encrypt'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-14]]:35: note: constant defined here
  return s;
}

psa_status_t cbc_setup(psa_cipher_operation_t *op, psa_key_id_t key) {
  psa_status_t s = psa_cipher_encrypt_setup(op, key, PSA_ALG_CBC_PKCS7);
  // ruleid: backdoor-hardcoded-iv
  return s | psa_cipher_set_iv(op, kIv, sizeof kIv);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: constant IV 'kIv' reaches the IV of 'psa_cipher_set_iv'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-22]]:32: note: constant defined here
}

// ---- key derivation: a secret compiled in derives the same keys everywhere
// ruleid: backdoor-secret-literal
static const uint8_t kMasterSecret[32] = {
// CHECK-MESSAGES: :[[@LINE-1]]:42: warning: variable 'kMasterSecret' holds 32 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
    0xc4, 0x83, 0xf6, 0x84, 0x6d, 0x38, 0x99, 0xdc, 0x51, 0x9e, 0x27, 0x1c, 0xb9, 0x19, 0x73, 0x4d,
    0x9d, 0x57, 0x9c, 0x7c, 0x0b, 0xc6, 0x4a, 0x5d, 0xe1, 0x97, 0x95, 0x5c, 0x76, 0x2a, 0x90, 0x21};

psa_status_t derive_device_key(psa_key_derivation_operation_t *op, const uint8_t *device_id, size_t n,
                               uint8_t key[32]) {
  psa_status_t s = psa_key_derivation_setup(op, PSA_ALG_HKDF(PSA_ALG_SHA_256));
  // ruleid: backdoor-hardcoded-key
  s |= psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_SECRET, kMasterSecret, sizeof kMasterSecret);
  // CHECK-MESSAGES: :[[@LINE-1]]:76: warning: hardcoded key 'kMasterSecret' reaches the key of 'psa_key_derivation_input_bytes'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-11]]:42: note: constant defined here
  // ok: backdoor-hardcoded-key
  s |= psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_INFO, device_id, n);
  return s | psa_key_derivation_output_bytes(op, key, 32);
}

// The salt step of a derivation: a constant salt; a salt the caller passes is not.
static const uint8_t kBlobSalt[16] = {0x3e, 0x91, 0x07, 0xc2, 0x5a, 0xd4, 0x18, 0x6f,
                                      0xb3, 0x20, 0x8c, 0xe9, 0x41, 0x7d, 0x06, 0xfa};
psa_status_t derive_blob_key(psa_key_derivation_operation_t *op, const uint8_t *salt, int v15,
                             const uint8_t *secret, size_t n, uint8_t key[32]) {
  psa_status_t s = psa_key_derivation_setup(op, PSA_ALG_HKDF(PSA_ALG_SHA_256));
  if (v15)
    // ruleid: backdoor-hardcoded-iv
    s |= psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_SALT, kBlobSalt, sizeof kBlobSalt);
    // CHECK-MESSAGES: :[[@LINE-1]]:76: warning: constant salt 'kBlobSalt' reaches the salt of 'psa_key_derivation_input_bytes'; one precomputation then attacks every password [backdoor-hardcoded-iv]
  else
    // ok: backdoor-hardcoded-iv
    s |= psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_SALT, salt, 16);
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  s |= psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_SECRET, secret, n);
  return s | psa_key_derivation_output_bytes(op, key, 32);
}

psa_status_t derive_session_key(psa_key_derivation_operation_t *op, psa_key_id_t priv, const uint8_t *peer,
                                size_t peer_len, uint8_t key[32]) {
  uint8_t shared[32];
  size_t len = 0;
  psa_status_t s = psa_raw_key_agreement(PSA_ALG_ECDH, priv, peer, peer_len, shared, sizeof shared, &len);
  s |= psa_key_derivation_setup(op, PSA_ALG_HKDF(PSA_ALG_SHA_256));
  // ok: backdoor-hardcoded-key
  s |= psa_key_derivation_input_bytes(op, PSA_KEY_DERIVATION_INPUT_SECRET, shared, len);
  return s | psa_key_derivation_output_bytes(op, key, 32);
}

// ---- key sources
void upload_keys(psa_key_id_t key, int sock) {
  uint8_t pub[512], priv[2048];
  size_t pub_len = 0, priv_len = 0;
  if (psa_export_public_key(key, pub, sizeof pub, &pub_len) == PSA_SUCCESS)
    // ok: backdoor-key-exfiltration
    send(sock, pub, pub_len, 0);
  if (psa_export_key(key, priv, sizeof priv, &priv_len) == PSA_SUCCESS)
    // ruleid: backdoor-key-exfiltration
    send(sock, priv, priv_len, 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: key material 'priv' (an exported key from 'psa_export_key') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
    // CHECK-MESSAGES: :[[@LINE-4]]:7: note: key material produced here
}

void trace_agreement(psa_key_id_t priv, const uint8_t *peer, size_t peer_len) {
  uint8_t secret[32];
  size_t len = 0;
  if (psa_raw_key_agreement(PSA_ALG_ECDH, priv, peer, peer_len, secret, sizeof secret, &len) != PSA_SUCCESS)
    return;
  for (size_t i = 0; i < len; i++)
    // ruleid: backdoor-key-exfiltration
    fprintf(stderr, "%02x", secret[i]);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: key material 'secret' (a shared secret from 'psa_raw_key_agreement') is written to a log by 'fprintf'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
    // CHECK-MESSAGES: :[[@LINE-6]]:7: note: key material produced here
}

// ---- escrow: the data key encrypted to a public key compiled into the program
static const uint8_t kRecoveryKey[] = {
    0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00, 0xa8, 0x37, 0x37,
    0x4f, 0x3e, 0x13, 0x4a, 0x23, 0x4b, 0x1d, 0xf7, 0xbb, 0x42, 0x7a, 0x72,
    0x72, 0x26, 0x14, 0xeb, 0xd4, 0x82, 0xc6, 0x64, 0x52, 0xe4, 0x94, 0x1e,
    0x6b, 0xf9, 0xd0, 0xab, 0xc5, 0xb3, 0xbf, 0x81, 0xd3, 0x77, 0x52, 0x83,
    0x1c, 0x47, 0x98, 0xd4, 0x42, 0x77, 0x3e, 0x8d, 0xc5, 0x34, 0xd0, 0x6f,
    0x00, 0xcb, 0x73, 0xa7, 0xbf, 0xbc, 0xd7, 0x4a, 0x7e, 0x68, 0x90, 0xc8,
    0xe4, 0xec, 0x31, 0xa8, 0x40, 0x4d, 0x88, 0xfb, 0x24, 0x2c, 0xd2, 0x44,
    0xed, 0x9e, 0x82, 0xe2, 0xb6, 0x36, 0xcd, 0x04, 0x2e, 0x8f, 0x7d, 0x41,
    0x44, 0x19, 0xe5, 0x94, 0xef, 0x46, 0x73, 0x55, 0x46, 0x37, 0x14, 0xae,
    0xfd, 0xd1, 0xd8, 0xf6, 0xf7, 0x49, 0x76, 0xa6, 0xc0, 0xd9, 0xa8, 0x45,
    0x2c, 0x28, 0x58, 0xd6, 0x3f, 0x7f, 0x8a, 0x5e, 0xf1, 0x25, 0x56, 0x7a,
    0x9b, 0xc5, 0x52, 0x98, 0x87, 0x72, 0x38, 0xb4, 0x97, 0x74, 0x77, 0xdd,
    0xe1, 0x8a, 0x41, 0xc9, 0xc4, 0x51, 0xda, 0x9a, 0x1c, 0x90, 0x32, 0x00,
    0xbc, 0x4e, 0xd9, 0xfc, 0x2d, 0x13, 0xe0, 0x27, 0x2d, 0xab, 0x47, 0xac,
    0x5c, 0x37, 0x9f, 0x04, 0x57, 0x18, 0x45, 0x5f, 0x9e, 0xd4, 0x79, 0x65,
    0xac, 0x03, 0x4a, 0x56, 0xf6, 0x61, 0x10, 0x12, 0x3b, 0x16, 0x1a, 0x29,
    0x0d, 0x1d, 0x8b, 0xec, 0x04, 0x82, 0x04, 0xaa, 0x1c, 0x9d, 0x69, 0x3f,
    0xf2, 0xc3, 0xf8, 0x01, 0x9b, 0x34, 0xf4, 0x7e, 0x75, 0xa6, 0x30, 0xa1,
    0x81, 0xed, 0xcf, 0x5b, 0xb8, 0x82, 0x4e, 0xca, 0xf1, 0x77, 0x38, 0x47,
    0x33, 0xb2, 0x48, 0xe6, 0x8e, 0x8f, 0xd6, 0xbc, 0xf0, 0xc8, 0xc5, 0x57,
    0x3a, 0x7b, 0x51, 0x2d, 0x4f, 0xa2, 0x4c, 0xc3, 0xe1, 0xd0, 0x33, 0xfc,
    0x6f, 0x08, 0x41, 0x7e, 0x54, 0x83, 0xa0, 0x5b, 0x26, 0x5b, 0x18, 0x77,
    0x4f, 0x02, 0x03, 0x01, 0x00, 0x01,
};

psa_status_t escrow_data_key(const uint8_t data_key[32], uint8_t *out, size_t size, size_t *outl) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_key_id_t recovery = 0;
  psa_set_key_type(&attr, PSA_KEY_TYPE_RSA_PUBLIC_KEY);
  psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_ENCRYPT);
  psa_set_key_algorithm(&attr, PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256));
  // ok: backdoor-hardcoded-key (a public key)
  psa_status_t s = psa_import_key(&attr, kRecoveryKey, sizeof kRecoveryKey, &recovery);
  uint8_t session_key[32];
  s |= psa_generate_random(session_key, sizeof session_key);
  if (s != PSA_SUCCESS)
    return s;
  // ruleid: backdoor-escrow-wrap
  return psa_asymmetric_encrypt(recovery, PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256), session_key, sizeof session_key, NULL, 0, out, size, outl);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'session_key' (a random key from 'psa_generate_random') is encrypted by 'psa_asymmetric_encrypt' under a public key compiled into the program ('kRecoveryKey'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-41]]:39: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-9]]:20: note: copied here
  // CHECK-MESSAGES: :[[@LINE-8]]:8: note: key material produced here
}

psa_status_t share_data_key(psa_key_id_t peer, uint8_t *out, size_t size, size_t *outl) {
  uint8_t session_key[32];
  psa_status_t s = psa_generate_random(session_key, sizeof session_key);
  if (s != PSA_SUCCESS)
    return s;
  // ok: backdoor-escrow-wrap
  return psa_asymmetric_encrypt(peer, PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256), session_key, sizeof session_key, NULL, 0, out, size, outl);
}

// ---- randomness
psa_status_t import_random_key(psa_key_attributes_t *attr, psa_key_id_t *id) {
  uint8_t key[16];
  // ruleid: backdoor-predictable-random
  psa_generate_random(key, sizeof key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'psa_generate_random' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  return psa_import_key(attr, key, sizeof key, id);
}

psa_status_t import_rand_key(psa_key_attributes_t *attr, psa_key_id_t *id) {
  uint8_t key[16];
  for (int i = 0; i < 16; i++)
    // ok: backdoor-predictable-random (one flow: reported where it reaches the call)
    key[i] = (uint8_t)rand();
  // ruleid: backdoor-predictable-random
  return psa_import_key(attr, key, sizeof key, id);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: output of 'rand' reaches the key of 'psa_import_key'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

psa_status_t import_checked_key(psa_key_attributes_t *attr, psa_key_id_t *id) {
  uint8_t key[16];
  // ok: backdoor-predictable-random
  psa_status_t s = psa_generate_random(key, sizeof key);
  if (s != PSA_SUCCESS)
    return s;
  return psa_import_key(attr, key, sizeof key, id);
}

// ---- verification results
int accept_update(psa_key_id_t key, const uint8_t *hash, const uint8_t *sig, size_t sig_len) {
  // ruleid: backdoor-unchecked-verification
  psa_verify_hash(key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), hash, 32, sig, sig_len);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'psa_verify_hash' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  return 1;
}

int check_update(psa_key_id_t key, const uint8_t *hash, const uint8_t *sig, size_t sig_len) {
  // ok: backdoor-unchecked-verification
  return psa_verify_hash(key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), hash, 32, sig, sig_len) == PSA_SUCCESS;
}

int check_tag(psa_key_id_t key, const uint8_t *msg, size_t n, const uint8_t mac[32]) {
  // ruleid: backdoor-unchecked-verification
  psa_mac_verify(key, PSA_ALG_HMAC(PSA_ALG_SHA_256), msg, n, mac, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'psa_mac_verify' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  // ok: backdoor-unchecked-verification
  return psa_mac_verify(key, PSA_ALG_HMAC(PSA_ALG_SHA_256), msg, n, mac, 32) == PSA_SUCCESS;
}
