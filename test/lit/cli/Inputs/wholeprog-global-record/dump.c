#include "state.h"
#include <fcntl.h>
#include <unistd.h>
struct app_state g_state = {.magic = 0x41505031u};
struct app_stats g_stats;
void crash_dump(void) {
  int fd = open("/var/crash/app.state", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return;
  /* the state block, key included */
  (void)write(fd, &g_state, sizeof g_state);
  /* counters only */
  (void)write(fd, &g_stats, sizeof g_stats);
}
