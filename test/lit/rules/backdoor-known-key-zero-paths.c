// RUN: %run-both --checks=backdoor-known-key,backdoor-hardcoded-iv %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A key cleared to zeros and filled on some paths only: on the others the
// all-zero key reaches the cipher. Paths are the function's CFG; a fill on
// every path (both branches, a fill whose failure returns, a fill in a chain
// of && whose result the function tests) leaves no zero key, and a fill in a
// loop makes no claim.
#include <openssl/evp.h>
#include <string.h>

int derive(const char *pass, unsigned char *out, size_t n);
int load_key(const char *path, unsigned char *out, size_t n);
int random_key(unsigned char *out, size_t n);

/* A legacy format sealed under an all-zero key when no passphrase was set. */
int open_legacy(EVP_CIPHER_CTX *ctx, const char *pass, const unsigned char *iv) {
  unsigned char key[32];
  memset(key, 0, sizeof key);
  if (pass != NULL && pass[0] != '\0') {
    if (derive(pass, key, sizeof key) != 0)
      return -1;
  }
  // ruleid: backdoor-known-key
  return EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: the key of 'EVP_DecryptInit_ex' is a known key 'key' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: constant defined here
}

/* Zero-initialized, filled only when a key file is configured. */
int open_optional(EVP_CIPHER_CTX *ctx, const char *keyfile, const unsigned char *iv) {
  unsigned char key[16] = {0};
  if (keyfile)
    load_key(keyfile, key, sizeof key);
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: the key of 'EVP_EncryptInit_ex' is a known key 'key' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // CHECK-MESSAGES: :[[@LINE-6]]:27: note: constant defined here
}

/* Both branches fill the key. */
int open_either(EVP_CIPHER_CTX *ctx, const char *pass, const unsigned char *iv) {
  unsigned char key[32];
  memset(key, 0, sizeof key);
  if (pass)
    derive(pass, key, sizeof key);
  else
    random_key(key, sizeof key);
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
}

/* The fill's failure leaves the function. */
int open_checked(EVP_CIPHER_CTX *ctx, const char *pass, const unsigned char *iv) {
  unsigned char key[32] = {0};
  if (derive(pass, key, sizeof key) != 0)
    return -1;
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
}

/* The fill in a chain whose result is tested. */
int open_chain(EVP_CIPHER_CTX *ctx, const char *path, const unsigned char *iv) {
  unsigned char key[32];
  memset(key, 0, sizeof key);
  int ok = path != NULL && load_key(path, key, sizeof key) == 0;
  if (!ok)
    return -1;
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
}

/* Filled in a loop (a retry): no claim about a loop that runs zero times. */
int open_retry(EVP_CIPHER_CTX *ctx, const char *pass, const unsigned char *iv) {
  unsigned char key[32];
  memset(key, 0, sizeof key);
  for (int tries = 0; tries < 3; tries++)
    if (derive(pass, key, sizeof key) == 0)
      break;
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
}

/* A zero IV when the caller gives none: the same question for the IV. */
int encrypt_iv(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *given) {
  unsigned char iv[16];
  memset(iv, 0, sizeof iv);
  if (given)
    memcpy(iv, given, sizeof iv);
  // ruleid: backdoor-hardcoded-iv
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: constant IV 'iv' reaches the IV of 'EVP_EncryptInit_ex'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: constant defined here
}

/* A key cleared after its use (a scrub) reaches no use. */
int scrub_after(EVP_CIPHER_CTX *ctx, const char *pass, const unsigned char *iv) {
  unsigned char key[32];
  if (derive(pass, key, sizeof key) != 0)
    return -1;
  // ok: backdoor-known-key
  int r = EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
  memset(key, 0, sizeof key);
  return r;
}

/* Copied into a field on some path only: the claim stays in the clearing's
   function (its use there is reported); a read of the field in another
   function depends on state that function tests (the session's version
   flag), not on a path shown. */
struct session { unsigned char tx_key[32]; int legacy; };
int open_session(EVP_CIPHER_CTX *ctx, struct session *s, const char *peer_pass,
                 const unsigned char *iv) {
  unsigned char tx[32];
  memset(tx, 0, sizeof tx);
  if (peer_pass)
    derive(peer_pass, tx, sizeof tx);
  memcpy(s->tx_key, tx, sizeof tx);
  s->legacy = peer_pass == NULL;
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, tx, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: the key of 'EVP_EncryptInit_ex' is a known key 'tx' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: constant defined here
}
int session_send(EVP_CIPHER_CTX *ctx, const struct session *s, const unsigned char *iv) {
  if (s->legacy)
    return -1;
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, s->tx_key, iv);
}

/* The fill in a chain that first tests whether a key file is configured,
   as an `if`'s condition: with no file set the chain is skipped and the
   zeros reach the cipher. */
int open_configured(EVP_CIPHER_CTX *ctx, const char *path, const unsigned char *iv) {
  unsigned char key[32] = {0};
  if (path != NULL && load_key(path, key, sizeof key) != 0)
    return -1;
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: the key of 'EVP_EncryptInit_ex' is a known key 'key' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
}

/* The same test with || refuses when nothing is configured. */
int open_required(EVP_CIPHER_CTX *ctx, const char *path, const unsigned char *iv) {
  unsigned char key[32] = {0};
  if (path == NULL || load_key(path, key, sizeof key) != 0)
    return -1;
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
}

/* Handed to a helper that gives it to the cipher: reported where the
   helper does, with the call as a note. */
static int seal_with(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv) {
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: the key of 'EVP_EncryptInit_ex' is a known key 'key' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
}
int seal_journal(EVP_CIPHER_CTX *ctx, const char *pass, const unsigned char *iv) {
  unsigned char key[32];
  memset(key, 0, sizeof key);
  if (pass != NULL && pass[0] != '\0')
    derive(pass, key, sizeof key);
  return seal_with(ctx, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: argument passed here
}
