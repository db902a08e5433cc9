#include "auth.h"
int serve(int fd, const char *u, const char *p) {
  if (is_quit(fd)) return 0;
  handle_line(fd);
  SSL_CTX *c = client_ctx();
  (void)c;
  return check_user(u, p);
}
