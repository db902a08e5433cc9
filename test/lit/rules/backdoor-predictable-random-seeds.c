// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The seed of the C library's generators, stated in the message: srand,
// srandom and srand48 anywhere in the unit, read through a helper, a
// struct timeval and a mix of sources; a seed the unit cannot see (a
// parameter) leaves the plain message.
#include <openssl/evp.h>
#include <stdlib.h>
#include <sys/time.h>

static unsigned clock_seed(void) { return (unsigned)time(NULL) * 2654435761u; }

void init_generators(void) {
  struct timeval tv;
  gettimeofday(&tv, NULL);
  srand48(tv.tv_sec ^ tv.tv_usec);
  srandom(getpid());
  srand(clock_seed());
}

// A second seeding is an alternative, not more entropy: a guess tries the
// larger one (32 bits of clock time, not 32 + 22).
void reseed_after_fork(void) { srand(getpid()); }

void session_key(EVP_CIPHER_CTX *ctx) {
  unsigned char buf[32], nbuf[12];
  for (int i = 0; i < 32; i++)
    buf[i] = (unsigned char)rand();
  for (int i = 0; i < 12; i++)
    nbuf[i] = (unsigned char)lrand48();
  // ruleid: backdoor-predictable-random, backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, buf, nbuf);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: output of 'rand' reaches the 256-bit key of 'EVP_EncryptInit_ex'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  // CHECK-MESSAGES: :[[@LINE-2]]:57: warning: output of 'lrand48' reaches the 96-bit iv of 'EVP_EncryptInit_ex'; 52 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
}

void token(char *out) {
  char session_token[16];
  for (int i = 0; i < 16; i++)
    // ruleid: backdoor-predictable-random
    session_token[i] = 'a' + random() % 26;
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: output of 'random' becomes 'session_token'; 22 bits of process id seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  for (int i = 0; i < 16; i++) out[i] = session_token[i];
}

// ok: backdoor-predictable-random (a die roll keeps nothing secret)
int roll(void) { return rand() % 6 + 1; }
