#include <stdio.h>
#include <stdlib.h>
#include <gnutls/gnutls.h>
#include "relay.h"

static void on_timer(uv_timer_t *t) {
  unsigned char key[32];
  (void)t;
  if (tickets_rotate(key)) relay_log("ticket key rotated");
}

int main(int argc, char **argv) {
  uv_loop_t *loop = uv_default_loop();
  uv_timer_t timer;
  int port = argc > 1 ? atoi(argv[1]) : 7700;
  gnutls_global_init();
  if (relay_listen(loop, port) != 0) { fprintf(stderr, "listen failed\n"); return 1; }
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 0, 3600 * 1000);
  relay_log("listening on %d", port);
  return uv_run(loop, UV_RUN_DEFAULT);
}
