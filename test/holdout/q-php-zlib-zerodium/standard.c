/* ext/standard/random.c and mt_rand.c (the parts the CGI build links). */
#include <errno.h>
#include <stdlib.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "php.h"

static int mt_rand_seeded;

void php_mt_srand(unsigned int seed)
{
  srandom(seed);
  mt_rand_seeded = 1;
}

/* mt_rand(min, max): not for cryptographic use (the manual says so) */
long php_mt_rand_range(long min, long max)
{
  unsigned long umax = (unsigned long)(max - min);

  if (!mt_rand_seeded) {
    php_mt_srand((unsigned int)getpid() * 1103515245u ^ (unsigned int)time(NULL));
  }
  if (umax == 0) {
    return min;
  }
  return min + (long)((unsigned long)random() % (umax + 1));
}

/* random_bytes(): the kernel's CSPRNG, all or nothing */
int php_random_bytes(void *bytes, size_t size)
{
  size_t done = 0;

  while (done < size) {
    ssize_t n = getrandom((char *)bytes + done, size - done, 0);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      return FAILURE;
    }
    done += (size_t)n;
  }
  return SUCCESS;
}
