// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A command the program's own usage text lists is documented to whoever
// runs it, not hidden: a command-line tool whose subcommand runs a shell in
// a directory. A command the usage text does not list stays a trigger, and
// so does a word that is only part of a listed one ("shell" of
// "open-shell").
#include <stdio.h>
#include <string.h>
int execl(const char *path, const char *arg, ...);
int chdir(const char *path);

static int usage(void) {
  fprintf(stderr, "usage: vaultctl open-shell DIR\n");
  return 2;
}

static void open_shell(int argc, char **argv) {
  // ok: backdoor-input-trigger (listed in the usage text)
  if (strcmp(argv[1], "open-shell") == 0 && argc > 2) {
    chdir(argv[2]);
    execl("/bin/sh", "sh", (char *)0);
  }
}

static void maint(const char *arg) {
  // ruleid: backdoor-input-trigger
  if (strcmp(arg, "--vx-7731") == 0) execl("/bin/sh", "sh", "-i", (char *)0);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the command line ('argv') is compared with the constant "--vx-7731" and only a match reaches 'execl' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
}

static void word(const char *arg) {
  // ruleid: backdoor-input-trigger
  if (strcmp(arg, "shell") == 0) execl("/bin/sh", "sh", "-i", (char *)0);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the command line ('argv') is compared with the constant "shell" and only a match reaches 'execl' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
}

int main(int argc, char **argv) {
  if (argc < 2) return usage();
  open_shell(argc, argv);
  maint(argv[argc - 1]);
  word(argv[1]);
  return usage();
}
