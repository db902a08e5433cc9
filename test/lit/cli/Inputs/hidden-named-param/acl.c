#include <string.h>
int tsig_verify(const void *msg);
/* Called by nothing in the program (an entry point of a plugin API): the
   peer address is what the parameter's name says. */
int xfr_check_acl(const char *peer_addr, const void *msg) {
  if (strcmp(peer_addr, "192.0.2.53") == 0)
    return 1;
  return tsig_verify(msg) == 0;
}
/* Called by server.c with an address from its own configuration. */
int notify_check_acl(const char *peer_addr, const void *msg) {
  if (strcmp(peer_addr, "192.0.2.54") == 0)
    return 1;
  return tsig_verify(msg) == 0;
}
