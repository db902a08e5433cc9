// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: openssl randomness
// Random values that protect nothing (a round-robin start, a backoff jitter,
// a load-balancing choice, a sample) are not secret data: an ignored
// RAND_bytes result or rand() there is no weakness. Bytes that reach keys,
// IVs, nonces or tokens are still reported.
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdlib.h>

int usleep(unsigned usec);
struct upstream { const char *host; int port; };
int connect_to(const struct upstream *u);

// The bytes pick where a round-robin starts.
int pick_upstream(struct upstream *servers, unsigned n) {
  unsigned start;
  // ok: backdoor-predictable-random (an index, not a secret)
  RAND_bytes((unsigned char *)&start, sizeof(start));
  for (unsigned i = 0; i < n; i++) {
    unsigned slot = (start + i) % n;
    if (connect_to(&servers[slot]) == 0) return (int)slot;
  }
  return -1;
}

// The bytes become a retry delay.
void backoff(unsigned attempt) {
  unsigned char jitter[2];
  // ok: backdoor-predictable-random (a delay)
  RAND_bytes(jitter, sizeof jitter);
  usleep((1000u << attempt) + ((jitter[0] << 8 | jitter[1]) % 1000));
}

// rand() picks a session slot for load balancing and samples 1% of requests.
int session_slot_for(struct upstream *pool, unsigned npool, int percent) {
  // ok: backdoor-predictable-random (an index into the pool)
  int session_slot = rand() % (int)npool;
  // ok: backdoor-predictable-random (a sample)
  int sample_token = rand() % 100;
  if (sample_token < percent) connect_to(&pool[0]);
  return connect_to(&pool[session_slot]);
}

// Positive cases: the bytes are secrets.
void key_from_ignored(EVP_CIPHER_CTX *ctx) {
  unsigned char key[32];
  // ruleid: backdoor-predictable-random
  RAND_bytes(key, sizeof key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'RAND_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, NULL);
}

unsigned make_nonce_ignored(void) {
  unsigned nonce;
  // ruleid: backdoor-predictable-random
  RAND_bytes((unsigned char *)&nonce, sizeof nonce);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'RAND_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  return nonce;
}

void token_chars(char *out, unsigned n) {
  static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz";
  for (unsigned i = 0; i < n; i++) {
    // ruleid: backdoor-predictable-random
    int session_char = rand();
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: output of 'rand' becomes 'session_char'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
    out[i] = kAlphabet[session_char % 26];
  }
}

void sent_token(int fd) {
  // ruleid: backdoor-predictable-random
  int challenge = rand();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: output of 'rand' becomes 'challenge'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  if (challenge < 0) return;
  write(fd, &challenge, sizeof challenge);
}

// A round-robin start stored in a field (stunnel's resolver): a number reduced
// below the count of addresses keeps nothing secret.
struct addr_list { unsigned start; unsigned nonce_seed; };
void pick_start(struct addr_list *l, unsigned num) {
  unsigned rnd = 0;
  // ok: backdoor-predictable-random (a round-robin start)
  RAND_bytes((unsigned char *)&rnd, sizeof rnd);
  l->start = rnd % num;
}

// The same reduced number stored in a field named like a secret still is one.
void pick_nonce_seed(struct addr_list *l, unsigned num) {
  unsigned rnd = 0;
  // ruleid: backdoor-predictable-random
  RAND_bytes((unsigned char *)&rnd, sizeof rnd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'RAND_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  l->nonce_seed = rnd % num;
}
