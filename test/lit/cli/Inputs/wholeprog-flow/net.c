/* The project's own network and status helpers: sinks other units call. */
#include <stdio.h>
#include <stdlib.h>

void send_blob(int sock, const unsigned char *data, size_t n) {
  send(sock, data, n, 0);
}

void emit_status(const char *line) {
  fprintf(stderr, "status: %s\n", line);
}
