#include <stddef.h>
struct bus_msg { char member[64]; char body[256]; size_t body_len; };
int bus_dispatch(const struct bus_msg *m);
int local_dispatch(const struct bus_msg *m);
int agent_eval_script(const char *body, size_t n);
int agent_restart_unit(const char *unit);
int agent_verify_authorization(const char *action);
