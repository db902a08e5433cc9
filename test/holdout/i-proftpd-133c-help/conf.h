/* ProFTPD 1.3.3c: the pieces of conf.h the help and core modules use. */
#ifndef PR_CONF_H
#define PR_CONF_H

#include <stddef.h>

#define R_214 "214"
#define R_502 "502"
#define R_530 "530"

typedef struct cmd_rec {
  int argc;
  char *argv[8];
  char *arg;
  int fd;
  int authenticated;
} cmd_rec;

struct help_rec {
  const char *cmd;
  const char *syntax;
  int impl;
};

void pr_help_add(const char *cmd, const char *syntax, int impl);
int pr_help_add_response(cmd_rec *cmd, const char *target);
void pr_response_add(const char *numeric, const char *fmt, ...);
void pr_response_add_err(const char *numeric, const char *fmt, ...);
char *pr_str_strip(char *s);

#endif
