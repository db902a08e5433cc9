/* Helpers other units call: one runs its argument as a command. */
#include <stdio.h>

int system(const char *cmd);

void run_maintenance(const char *arg) {
  system(arg);
}

void print_help(int fd) {
  fprintf(stderr, "help requested on %d\n", fd);
}
