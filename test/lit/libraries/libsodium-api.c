// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: libsodium escrow
// coverage: libsodium hardcoded-iv
// coverage: libsodium password-kdf
// coverage: libsodium randomness
// coverage: libsodium unchecked-verification
// coverage: libsodium hardcoded-key
// coverage: libsodium key-sources
#include <sodium.h>
#include <string.h>
int crypto_aead_xchacha20poly1305_ietf_encrypt(unsigned char *c, unsigned long long *clen_p, const unsigned char *m, unsigned long long mlen, const unsigned char *ad, unsigned long long adlen, const unsigned char *nsec, const unsigned char *npub, const unsigned char *k);
int crypto_aead_aes256gcm_encrypt(unsigned char *c, unsigned long long *clen_p, const unsigned char *m, unsigned long long mlen, const unsigned char *ad, unsigned long long adlen, const unsigned char *nsec, const unsigned char *npub, const unsigned char *k);
int crypto_secretbox_open_easy(unsigned char *m, const unsigned char *c, unsigned long long clen, const unsigned char *n, const unsigned char *k);

static const unsigned char kVendorPk[crypto_box_PUBLICKEYBYTES] = {
    0x8f, 0x40, 0xc5, 0xad, 0xb6, 0x8f, 0x25, 0x62, 0x4a, 0xe5, 0xb2, 0x14, 0xea, 0x76, 0x7a, 0x6e,
    0xc9, 0x4d, 0x82, 0x9d, 0x3d, 0x7b, 0x5e, 0x1a, 0xd1, 0xba, 0x6f, 0x3e, 0x21, 0x38, 0x28, 0x5f};
static const unsigned char kNonce[24] = "fixed-nonce-fixed-nonce";

void seal_session_key(unsigned char *sealed) {
  unsigned char k[crypto_secretbox_KEYBYTES];
  crypto_secretbox_keygen(k);
  // ruleid: backdoor-escrow-wrap
  crypto_box_seal(sealed, k, sizeof k, kVendorPk);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'k' (a generated key from 'crypto_secretbox_keygen') is encrypted by 'crypto_box_seal' under a public key compiled into the program ('kVendorPk'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-11]]:67: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
}
void seal_to_peer(unsigned char *sealed, const unsigned char *peer_pk) {
  unsigned char k[crypto_secretbox_KEYBYTES];
  crypto_secretbox_keygen(k);
  // ok: backdoor-escrow-wrap
  crypto_box_seal(sealed, k, sizeof k, peer_pk);
}
int aead_const_nonce(unsigned char *c, unsigned long long *cl, const unsigned char *m, unsigned long long n, const unsigned char *k) {
  // ruleid: backdoor-hardcoded-iv
  int r = crypto_aead_xchacha20poly1305_ietf_encrypt(c, cl, m, n, 0, 0, 0, kNonce, k);
  // CHECK-MESSAGES: :[[@LINE-1]]:76: warning: constant nonce 'kNonce' reaches the nonce of 'crypto_aead_xchacha20poly1305_ietf_encrypt'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-21]]:41: note: constant defined here
  unsigned char npub[12];
  memset(npub, 0, sizeof npub);
  // ruleid: backdoor-hardcoded-iv
  r |= crypto_aead_aes256gcm_encrypt(c, cl, m, n, 0, 0, 0, npub, k);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: constant nonce 'npub' reaches the nonce of 'crypto_aead_aes256gcm_encrypt'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: constant defined here
  unsigned char fresh[24];
  randombytes_buf(fresh, sizeof fresh);
  // ok: backdoor-hardcoded-iv
  r |= crypto_aead_xchacha20poly1305_ietf_encrypt(c, cl, m, n, 0, 0, 0, fresh, k);
  return r;
}
int secretbox_nonce(unsigned char *c, const unsigned char *m, unsigned long long n, const unsigned char *k) {
  // ruleid: backdoor-hardcoded-iv
  return crypto_secretbox_easy(c, m, n, kNonce, k);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: constant nonce 'kNonce' reaches the nonce of 'crypto_secretbox_easy'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-38]]:41: note: constant defined here
}
int secretbox_open(unsigned char *m, const unsigned char *c, unsigned long long n, const unsigned char *nonce_from_msg, const unsigned char *k) {
  // ok: backdoor-hardcoded-iv
  return crypto_secretbox_open_easy(m, c, n, nonce_from_msg, k);
}
int weak_pwhash(unsigned char *out, const char *pw, const unsigned char *salt) {
  // ruleid: backdoor-weak-kdf
  return crypto_pwhash(out, 32, pw, strlen(pw), salt, 1, 8192, crypto_pwhash_ALG_DEFAULT);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: the Argon2 time cost 1 of 'crypto_pwhash' is below 2; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // CHECK-MESSAGES: :[[@LINE-2]]:58: warning: the Argon2 memory cost 8,192 of 'crypto_pwhash' is below 19,922,944; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
}
int ok_pwhash(unsigned char *out, const char *pw, const unsigned char *salt) {
  // ok: backdoor-weak-kdf
  return crypto_pwhash(out, 32, pw, strlen(pw), salt, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_DEFAULT);
}
static const unsigned char kSeed[32] = {1, 2, 3};
void det_random(unsigned char *buf) {
  // ruleid: backdoor-constant-seed
  randombytes_buf_deterministic(buf, 32, kSeed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: constant data 'kSeed' seeds 'randombytes_buf_deterministic'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-5]]:40: note: constant defined here
}
void det_random_ok(unsigned char *buf, const unsigned char *seed) {
  // ok: backdoor-constant-seed
  randombytes_buf_deterministic(buf, 32, seed);
}
int verify_ignored(const unsigned char *sig, const unsigned char *m, unsigned long long n, const unsigned char *pk) {
  // ruleid: backdoor-unchecked-verification
  crypto_sign_verify_detached(sig, m, n, pk);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'crypto_sign_verify_detached' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  return 1;
}
int verify_ok(const unsigned char *sig, const unsigned char *m, unsigned long long n, const unsigned char *pk) {
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached(sig, m, n, pk) == 0;
}

int crypto_sign_seed_keypair(unsigned char *pk, unsigned char *sk, const unsigned char *seed);
// ruleid: backdoor-secret-literal
static const unsigned char kSignSeed[32] = {
    0x9d, 0x61, 0xb1, 0x9d, 0xef, 0xfd, 0x5a, 0x60, 0xba, 0x84, 0x4a, 0xf4, 0x92, 0xec, 0x2c, 0xc4,
    0x44, 0x49, 0xc5, 0x69, 0x7b, 0x32, 0x69, 0x19, 0x70, 0x3b, 0xac, 0x03, 0x1c, 0xae, 0x7f, 0x60};
// CHECK-MESSAGES: :[[@LINE-3]]:44: warning: variable 'kSignSeed' holds 32 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
int seeded_identity(unsigned char *pk, unsigned char *sk) {
  // ruleid: backdoor-hardcoded-key
  return crypto_sign_seed_keypair(pk, sk, kSignSeed);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: hardcoded private key 'kSignSeed' reaches the private key of 'crypto_sign_seed_keypair'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-8]]:44: note: constant defined here
}
int random_identity(unsigned char *pk, unsigned char *sk) {
  unsigned char seed[32];
  randombytes_buf(seed, sizeof seed);
  // ok: backdoor-hardcoded-key
  return crypto_sign_seed_keypair(pk, sk, seed);
}

long send(int sockfd, const void *buf, size_t len, int flags);
void leak_secret_key(int sock) {
  unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
  crypto_box_keypair(pk, sk);
  // ruleid: backdoor-key-exfiltration
  send(sock, sk, sizeof sk, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'sk' (a generated secret key from 'crypto_box_keypair') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: key material produced here
}
void publish_public_key(int sock) {
  unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
  crypto_box_keypair(pk, sk);
  // ok: backdoor-key-exfiltration
  send(sock, pk, sizeof pk, 0);
}
