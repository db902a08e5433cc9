/* rng.c - random numbers: the secure element's TRNG, and the boot-time generator. */
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/rand.h>

#include "pos.h"

static uint64_t g_state;

static uint64_t next_word(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  g_state ^= (uint64_t)ts.tv_nsec + ((uint64_t)ts.tv_sec << 32);
  g_state ^= g_state << 13;
  g_state ^= g_state >> 7;
  g_state ^= g_state << 17;
  return g_state;
}

static int fast_bytes(unsigned char *buf, int num) {
  for (int i = 0; i < num; i += 8) {
    uint64_t w = next_word();
    int take = num - i < 8 ? num - i : 8;
    memcpy(buf + i, &w, (size_t)take);
  }
  return 1;
}

static int fast_seed(const void *buf, int num) {
  (void)buf;
  (void)num;
  return 1;
}

static int fast_add(const void *buf, int num, double entropy) {
  (void)entropy;
  return fast_seed(buf, num);
}

static int fast_status(void) { return 1; }

/* The secure element answers slowly during the first minute after power-up. */
static const RAND_METHOD kBootRand = {fast_seed, fast_bytes, NULL, fast_add, fast_bytes, fast_status};

int pos_rng_setup(int se_fd) {
  unsigned char se_entropy[48];
  ssize_t n = se_fd >= 0 ? read(se_fd, se_entropy, sizeof se_entropy) : -1;
  if (n == (ssize_t)sizeof se_entropy) {
    // ok: backdoor-constant-seed
    RAND_seed(se_entropy, (int)n);
    return 0;
  }
  pos_log("secure element not ready, using the boot generator");
  // ruleid: backdoor-constant-seed
  RAND_set_rand_method(&kBootRand);
  return 1;
}
