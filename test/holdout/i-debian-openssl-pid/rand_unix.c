/* RAND_poll for Unix: read the kernel's pool and hand it to RAND_add. */
#include "md_rand.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define ENTROPY_NEEDED 32

int rand_poll_unix(void) {
  unsigned char tmpbuf[ENTROPY_NEEDED];
  int n = 0, fd;
  pid_t curr_pid = getpid();
  time_t curr_time = time(NULL);
  uid_t curr_uid = getuid();

  fd = open("/dev/urandom", O_RDONLY | O_NOCTTY | O_NONBLOCK);
  if (fd >= 0) {
    ssize_t r = read(fd, tmpbuf, sizeof tmpbuf);
    if (r > 0)
      n = (int)r;
    close(fd);
  }
  if (n > 0) {
    // ok: backdoor-constant-seed
    RAND_add(tmpbuf, sizeof tmpbuf, (double)n);
    memset(tmpbuf, 0, n);
  }
  RAND_add(&curr_pid, sizeof curr_pid, 0.0);
  RAND_add(&curr_uid, sizeof curr_uid, 0.0);
  RAND_add(&curr_time, sizeof curr_time, 0.0);
  return 1;
}
