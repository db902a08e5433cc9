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

// Random bytes that name an object: hex-encoded by the project's own helper,
// checked against the handles in use, stored as the handle's name and traced.
// An ignored result only costs a collision. (proftpd's SFTP file handles)
struct file_handle { char *name; void *pool; };
struct session_rec { char *id; };
void *pool_alloc(void *pool, unsigned long n);
char *str_bin2hex(void *pool, const unsigned char *buf, unsigned long len);
struct file_handle *handle_lookup(const char *handle);
int trace_msg(const char *channel, int level, const char *fmt, ...);
struct file_handle *handle_create(void *pool, struct file_handle *fh) {
  unsigned char *data;
  char *handle;
  data = pool_alloc(pool, 8);
  while (1) {
    // ok: backdoor-predictable-random (the bytes become a handle's name)
    RAND_bytes(data, 8);
    handle = str_bin2hex(fh->pool, data, 8);
    if (handle_lookup(handle) == 0) {
      fh->name = handle;
      break;
    }
    trace_msg("sftp", 4, "handle '%s' already used", handle);
  }
  return fh;
}

// The same encoding stored as a session's id is a bearer secret.
void session_create(void *pool, struct session_rec *s) {
  unsigned char *raw = pool_alloc(pool, 16);
  // ruleid: backdoor-predictable-random
  RAND_bytes(raw, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'RAND_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  s->id = str_bin2hex(pool, raw, 16);
}

// Random filler serialised into a protocol message sent to the peer (SSH
// IGNORE packets against traffic analysis): nothing secret.
unsigned msg_write_byte(unsigned char **, unsigned *, unsigned char);
unsigned msg_write_data(unsigned char **, unsigned *, const unsigned char *, unsigned long, int);
void send_ignore_packet(void *pool, unsigned len) {
  unsigned char *buf = pool_alloc(pool, len + 32), *ptr = buf;
  unsigned buflen = len + 32;
  unsigned char *rand_data = pool_alloc(pool, len);
  // ok: backdoor-predictable-random (filler in a sent message)
  RAND_bytes(rand_data, len);
  msg_write_byte(&buf, &buflen, 2);
  msg_write_data(&buf, &buflen, rand_data, len, 1);
  (void)ptr;
}

// Bytes handed to a helper named for a cipher, bytes written through a
// pointer into the caller's object, and a buffer named for a secret stay
// findings.
void set_cipher_key(void *ctx, const unsigned char *k);
void keyed(void *ctx) {
  unsigned char buf[32];
  // ruleid: backdoor-predictable-random
  RAND_bytes(buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'RAND_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  set_cipher_key(ctx, buf);
}
void into_object(struct file_handle *fh) {
  unsigned char *p = (unsigned char *)fh->pool;
  // ruleid: backdoor-predictable-random
  RAND_bytes(p, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'RAND_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  trace_msg("x", 1, "%p", (void *)p);
}
void challenge_sent(void *pool, unsigned len) {
  unsigned char *buf = pool_alloc(pool, 64);
  unsigned buflen = 64;
  unsigned char *challenge = pool_alloc(pool, 16);
  // ruleid: backdoor-predictable-random
  RAND_bytes(challenge, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'RAND_bytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  msg_write_data(&buf, &buflen, challenge, 16, 1);
}
