#include "fetch.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define BACKOFF_BASE_MS 200L
#define BACKOFF_CAP_MS 30000L

void fetch_backoff_seed(void) {
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
}

/* exponential backoff with full jitter */
long fetch_backoff_ms(int attempt) {
  long ceiling = BACKOFF_BASE_MS << (attempt > 10 ? 10 : attempt);
  long jitter_ms;

  if (ceiling > BACKOFF_CAP_MS)
    ceiling = BACKOFF_CAP_MS;
  // ok: backdoor-predictable-random
  jitter_ms = rand() % (ceiling + 1);
  return jitter_ms;
}
