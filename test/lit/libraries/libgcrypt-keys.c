// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: libgcrypt hardcoded-iv
// coverage: libgcrypt password-kdf
// coverage: libgcrypt escrow
// coverage: libgcrypt randomness
// libgcrypt: IVs and counters set on a cipher handle, keys derived with
// gcry_kdf_derive, a session key encrypted with gcry_pk_encrypt under a
// public key S-expression compiled into the program, and keys from rand().
#include <gcrypt.h>
#include <stdlib.h>
#include <string.h>
typedef struct gcry_sexp *gcry_sexp_t;
gcry_error_t gcry_cipher_setctr(gcry_cipher_hd_t h, const void *ctr, size_t l);
gcry_error_t gcry_cipher_encrypt(gcry_cipher_hd_t h, void *out, size_t outsize, const void *in, size_t inlen);
gcry_error_t gcry_sexp_build(gcry_sexp_t *retsexp, size_t *erroff, const char *format, ...);
gcry_error_t gcry_sexp_new(gcry_sexp_t *retsexp, const void *buffer, size_t length, int autodetect);
gcry_error_t gcry_pk_encrypt(gcry_sexp_t *result, gcry_sexp_t data, gcry_sexp_t pkey);
void gcry_create_nonce(void *buffer, size_t length);

static const unsigned char kFixedIv[16] = {0x1f, 0x8b, 0x08, 0x00, 0x4d, 0x61, 0x72, 0x73,
                                           0x0a, 0x39, 0xc2, 0x17, 0x6e, 0xd4, 0x55, 0xb0};

void encrypt_record(gcry_cipher_hd_t h, unsigned char *buf, size_t n) {
  // ruleid: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, kFixedIv, sizeof kFixedIv);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: constant IV 'kFixedIv' reaches the IV of 'gcry_cipher_setiv'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-7]]:43: note: constant defined here
  gcry_cipher_encrypt(h, buf, n, NULL, 0);
}

void encrypt_stream(gcry_cipher_hd_t h, unsigned char *buf, size_t n) {
  unsigned char ctr[16] = {0};
  // ruleid: backdoor-hardcoded-iv
  gcry_cipher_setctr(h, ctr, sizeof ctr);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: constant nonce 'ctr' reaches the nonce of 'gcry_cipher_setctr'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: constant defined here
  gcry_cipher_encrypt(h, buf, n, NULL, 0);
}

void encrypt_fresh(gcry_cipher_hd_t h, unsigned char *iv, unsigned char *buf, size_t n) {
  gcry_create_nonce(iv, 16);
  // ok: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, iv, 16);
  gcry_cipher_encrypt(h, buf, n, NULL, 0);
}

#define SERVICE_PASSPHRASE "gcrypt-service-passphrase-2024"

void derive_service_key(unsigned char key[32]) {
  unsigned char salt[16];
  gcry_randomize(salt, sizeof salt, GCRY_STRONG_RANDOM);
  // ruleid: backdoor-magic-credential
  gcry_kdf_derive(SERVICE_PASSPHRASE, strlen(SERVICE_PASSPHRASE), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, sizeof salt, 600000, 32, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: hardcoded password 'SERVICE_PASSPHRASE' reaches the password of 'gcry_kdf_derive'; anyone with the binary knows it [backdoor-magic-credential]
  // CHECK-MESSAGES: :[[@LINE-8]]:28: note: constant defined here
}

void derive_fast(const char *pw, const unsigned char salt[16], unsigned char key[32]) {
  // ruleid: backdoor-weak-kdf
  gcry_kdf_derive(pw, strlen(pw), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, 16, 1000, 32, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:78: warning: the PBKDF2 iteration count 1,000 of 'gcry_kdf_derive' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
}

void derive_user_key(const char *pw, const unsigned char salt[16], unsigned char key[32]) {
  // ok: backdoor-magic-credential, backdoor-weak-kdf
  gcry_kdf_derive(pw, strlen(pw), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, 16, 600000, 32, key);
}

/* The vendor's recovery key, compiled in. */
static const char kRecoverySexp[] =
    "(public-key (rsa (n #00C3A5F1E27B9D4C8A1F6E0D3B52A7C94E18F06D2B7A93C5E41D8F2A6B0C7E3D95F1#)"
    " (e #010001#)))";

gcry_error_t escrow_session_key(gcry_sexp_t *out) {
  unsigned char session_key[32];
  gcry_sexp_t pkey, data;
  gcry_randomize(session_key, sizeof session_key, GCRY_STRONG_RANDOM);
  gcry_sexp_new(&pkey, kRecoverySexp, 0, 1);
  gcry_sexp_build(&data, NULL, "(data (flags oaep) (value %b))", (int)sizeof session_key, session_key);
  // ruleid: backdoor-escrow-wrap
  return gcry_pk_encrypt(out, data, pkey);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'data' (a random key 'session_key' from 'gcry_randomize') is encrypted by 'gcry_pk_encrypt' under a public key compiled into the program ('kRecoverySexp'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-12]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: copied here
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: copied here
}

gcry_error_t wrap_for_peer(gcry_sexp_t *out, gcry_sexp_t peer_key) {
  unsigned char session_key[32];
  gcry_sexp_t data;
  gcry_randomize(session_key, sizeof session_key, GCRY_STRONG_RANDOM);
  gcry_sexp_build(&data, NULL, "(data (flags oaep) (value %b))", (int)sizeof session_key, session_key);
  // ok: backdoor-escrow-wrap
  return gcry_pk_encrypt(out, data, peer_key);
}

void weak_session_key(gcry_cipher_hd_t h) {
  unsigned char key[32];
  for (int i = 0; i < 32; i++)
    // ok: backdoor-predictable-random (one flow: reported where it reaches the call)
    key[i] = (unsigned char)rand();
  // ruleid: backdoor-predictable-random
  gcry_cipher_setkey(h, key, sizeof key);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: output of 'rand' reaches the key of 'gcry_cipher_setkey'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

void strong_session_key(gcry_cipher_hd_t h) {
  unsigned char key[32];
  // ok: backdoor-predictable-random
  gcry_randomize(key, sizeof key, GCRY_STRONG_RANDOM);
  gcry_cipher_setkey(h, key, sizeof key);
}
