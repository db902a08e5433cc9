/* Line readers: one returns what a peer sent, one a line of the program's own configuration. */
#include <stdlib.h>

long recv(int fd, void *buf, size_t n, int flags);

char *read_line(int fd) {
  static char line[512];
  long n = recv(fd, line, sizeof line - 1, 0);
  line[n > 0 ? n : 0] = 0;
  return line;
}

char *read_config_line(void) {
  static char line[512];
  FILE *f = fopen("/etc/agent/agent.conf", "r");
  if (!f || !fgets(line, sizeof line, f)) line[0] = 0;
  return line;
}
