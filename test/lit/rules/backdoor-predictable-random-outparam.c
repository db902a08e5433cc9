// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A function named like a secret hands its caller the secret through an
// out-parameter: what a predictable generator writes there becomes that
// secret, whatever the parameter is called.
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdlib.h>

void gen_session_id(char *buf, int n) {
  for (int i = 0; i < n; i++)
    // ruleid: backdoor-predictable-random
    buf[i] = 'a' + rand() % 26;
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: output of 'rand' becomes 'gen_session_id'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
}

int make_iv(unsigned char *out, int n) {
  // ruleid: backdoor-predictable-random
  return RAND_pseudo_bytes(out, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: output of 'RAND_pseudo_bytes' becomes 'make_iv'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
}

// A secret-named parameter is reported by its own name.
void new_nonce(unsigned int *nonce_out) {
  // ruleid: backdoor-predictable-random
  *nonce_out = (unsigned)random();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: output of 'random' becomes 'nonce_out'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
}

// Negative cases: a function named for no secret, a secure generator, a
// parameter the function only reads, a local buffer that stays local.
void fill_noise(float *samples, int n) {
  for (int i = 0; i < n; i++)
    // ok: backdoor-predictable-random
    samples[i] = (float)rand() / 32768.0f;
}

int make_key(unsigned char *out, int n) {
  // ok: backdoor-predictable-random
  return RAND_bytes(out, n);
}

int make_token_len(const unsigned char *seed, int n) {
  int jitter = rand() % 7;
  // ok: backdoor-predictable-random (the length is no secret, and nothing is written out)
  return n + jitter + seed[0];
}

// A helper whose name says nothing secret fills the buffer it is given from
// a predictable generator: the caller that hands it a secret-named buffer
// gets a predictable secret (reported at that argument); one that hands it a
// display name does not.
static const char kAlnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";
void fill_alnum(char *out, int n) {
  for (int i = 0; i < n; i++)
    out[i] = kAlnum[rand() % (int)(sizeof kAlnum - 1)];
  out[n] = '\0';
}
struct reset_record { char user[32]; char reset_token[33]; };
void issue_reset(struct reset_record *r) {
  // ruleid: backdoor-predictable-random
  fill_alnum(r->reset_token, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: output of 'rand' becomes 'reset_token'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
}
void guest_name(struct reset_record *r) {
  // ok: backdoor-predictable-random
  fill_alnum(r->user, 8);
}

// The caller of a helper whose secret-named out-parameter it reports (where
// the generator's output is written) that hands the buffer on to a key is
// the same flow: reported once, in the helper. A buffer a helper named for
// no secret filled is reported where it becomes a key.
void make_wrap_key(unsigned char *wrap_key, int n) {
  for (int i = 0; i < n; i++)
    // ruleid: backdoor-predictable-random
    wrap_key[i] = (unsigned char)rand();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: output of 'rand' becomes 'wrap_key'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
}
void seal_session(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  unsigned char k[16];
  make_wrap_key(k, sizeof k);
  // ok: backdoor-predictable-random (reported in make_wrap_key)
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, k, iv);
}
void seal_label(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  char k[17];
  fill_alnum(k, 16);
  // ruleid: backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, (unsigned char *)k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: output of 'rand' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}
