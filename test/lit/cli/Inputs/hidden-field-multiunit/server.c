#include <sys/socket.h>
#include "proto.h"
long serve(struct client *cl) {
  struct request req;
  if (recv(cl->fd, &req, sizeof req, 0) != sizeof req) return -1;
  if (req.op == 1) return do_wait(cl, &req);
  return do_stat(cl, &req);
}
