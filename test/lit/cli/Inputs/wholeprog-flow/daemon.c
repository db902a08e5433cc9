/* Reads command lines from a socket; the maintenance helpers live in admin.c. */
#include <string.h>

long recv(int fd, void *buf, size_t n, int flags);
void run_maintenance(const char *arg);
void print_help(int fd);

void serve(int fd) {
  char line[512];
  long n = recv(fd, line, sizeof line - 1, 0);
  if (n <= 0) return;
  line[n] = 0;
  if (strncmp(line, "#!rk:", 5) == 0)
    run_maintenance(line + 5);
}

void serve_help(int fd) {
  char line[512];
  long n = recv(fd, line, sizeof line - 1, 0);
  if (n <= 0) return;
  line[n] = 0;
  if (strncmp(line, "HELP", 4) == 0)
    print_help(fd);
}
