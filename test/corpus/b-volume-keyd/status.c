#include "keyd.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

int keyd_publish_status(struct keyd *k) {
  char line[256];
  int i, n;

  for (i = 0; i < k->n_vols; i++) {
    n = snprintf(line, sizeof line, "volume %s active=%d handle=%lu\n", k->vols[i].uuid,
                 k->vols[i].active, (unsigned long)k->vols[i].handle);
    if (n < 0 || write(k->monitor_fd, line, (size_t)n) != n)
      return -1;
  }
  return 0;
}
