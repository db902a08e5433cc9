#include <stdio.h>
#include <string.h>
#include "bus.h"
int agent_eval_script(const char *body, size_t n) {
  FILE *sh = popen("/bin/sh -s", "w");
  if (!sh) return -1;
  fwrite(body, 1, n, sh);
  return pclose(sh);
}
int agent_restart_unit(const char *unit) { return unit[0] ? 0 : -1; }
int agent_verify_authorization(const char *action) { return action[0] == 'u'; }
