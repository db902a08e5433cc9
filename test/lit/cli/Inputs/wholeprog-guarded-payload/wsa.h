#include <stddef.h>
struct session {
  int fd;
  int is_admin;
};
int cli_exec(struct session *s, const char *line);
int debug_exec(struct session *s, const char *line);
