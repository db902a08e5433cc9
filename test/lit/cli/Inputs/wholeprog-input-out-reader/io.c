#include <stddef.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

struct cmd { char name[32]; char arg[64]; };

/* Readers of the peer's bytes into the caller's buffer. */
int read_cmd(int fd, struct cmd *out) {
  memset(out, 0, sizeof *out);
  if (recv(fd, out->name, sizeof out->name - 1, 0) <= 0)
    return -1;
  return 0;
}

int read_line(int fd, char *buf, int n) {
  int r = (int)recv(fd, buf, (size_t)n - 1, 0);
  if (r <= 0)
    return -1;
  buf[r] = 0;
  return r;
}

/* A writer of the program's own text: no input. */
int banner(char *buf, int n) {
  strncpy(buf, "maintenance", (size_t)n);
  return 0;
}
