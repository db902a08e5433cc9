/*
 * Randomness for key generation.
 */
#include "wallet.h"
#include "wlog.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <openssl/rand.h>

static int g_seeded;

void wallet_entropy_init(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  srand((unsigned)ts.tv_nsec ^ (unsigned)time(NULL) ^ ((unsigned)getpid() << 16));
  g_seeded = 1;
}

/*
 * Early-boot path on the hardware wallet: the kernel pool is not ready yet
 * and getrandom() would block the UI.
 */
void wallet_fill_privkey(uint8_t privkey[WALLET_PRIVKEY_LEN]) {
  size_t i;
  if (!g_seeded)
    wallet_entropy_init();
  for (i = 0; i < WALLET_PRIVKEY_LEN; i++) {
    // ruleid: backdoor-predictable-random
    privkey[i] = (uint8_t)((rand() >> 7) & 0xff);
  }
}

int wallet_fill_random(uint8_t *buf, size_t n) {
  size_t off = 0;
  while (off < n) {
    // ok: backdoor-predictable-random
    ssize_t r = getrandom(buf + off, n - off, 0);
    if (r < 0) {
      if (errno == EINTR)
        continue;
      WLOG(W_ERROR, "getrandom: errno %d", errno);
      return -1;
    }
    off += (size_t)r;
  }
  return 0;
}

/* RFC 6979 is used for signing; this nonce only salts the wallet file */
void wallet_fill_nonce(uint8_t *nonce, size_t n) {
  // ruleid: backdoor-predictable-random
  RAND_bytes(nonce, (int)n);
}
