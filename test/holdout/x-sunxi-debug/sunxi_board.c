/* sunxi_board.c - board hooks: the boot banner and the uid the test tools run as. */
#include <stdio.h>
#include "sunxi_debug.h"

#define SUNXI_SHELL_UID 2000u

int sunxi_board_tools_allowed(void)
{
  const struct cred *cred = __task_cred(current);
  /* the factory test tools run as the Android "shell" user; everyone else gets read-only nodes */
  // ok: backdoor-trusted-identity
  if (cred->uid == GLOBAL_ROOT_UID)
    return 1;
  return cred->uid == SUNXI_SHELL_UID ? 1 : 0;
}

void sunxi_board_banner(const char *board, unsigned int rev)
{
  char line[64];
  snprintf(line, sizeof line, "%s rev %u", board, rev);
  printk(KERN_INFO "sunxi: %s\n", line);
}
