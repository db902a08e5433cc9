// RUN: %run-both --checks=backdoor-known-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The output of a modelled cipher call is a write of data computed at run
// time: a buffer two DES blocks fill and a memset clears at its tail is not
// all zero (shape 6 of bench/false-shapes.md: an NTLM response hash).
#include <openssl/evp.h>
#include <string.h>

static const unsigned char magic[8] = {0x4B, 0x47, 0x53, 0x21, 0x40, 0x23, 0x24, 0x25};
void mk_hash(DES_key_schedule *ks, unsigned char *out /* 21 bytes */) {
  DES_ecb_encrypt((const_DES_cblock *)magic, (DES_cblock *)out, ks, 1);
  DES_ecb_encrypt((const_DES_cblock *)magic, (DES_cblock *)(out + 8), ks, 1);
  memset(out + 16, 0, 21 - 16);
}
void respond(DES_key_schedule *pwks) {
  unsigned char lm[21];
  DES_key_schedule ks;
  mk_hash(pwks, lm);
  // ok: backdoor-known-key
  DES_set_key_unchecked((const_DES_cblock *)lm, &ks);
}

// The true version: only the clearing writes the key.
void clear_hash(unsigned char *out) { memset(out, 0, 21); }
void respond_zero(void) {
  unsigned char lm[21];
  DES_key_schedule ks;
  clear_hash(lm);
  // ruleid: backdoor-known-key
  DES_set_key_unchecked((const_DES_cblock *)lm, &ks);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: the key of 'DES_set_key_unchecked' is a known key 'out' (all zero bytes)
}
