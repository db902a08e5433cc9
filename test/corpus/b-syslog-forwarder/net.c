#include "fwd.h"

#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

void fwd_log(const char *fmt, ...) {
  va_list ap;
  fputs("logfwd: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

int fwd_tcp_connect(const char *host, const char *port) {
  struct addrinfo hints, *res, *ai;
  int fd = -1;

  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, port, &hints, &res) != 0)
    return -1;
  for (ai = res; ai != NULL; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0)
      continue;
    if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
      break;
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

int link_send_line(struct tls_link *l, const char *line, size_t len) {
  char frame[16];
  int n = snprintf(frame, sizeof frame, "%zu ", len);
  if (gnutls_record_send(l->session, frame, (size_t)n) < 0)
    return -1;
  return gnutls_record_send(l->session, line, len) < 0 ? -1 : 0;
}

void link_close(struct tls_link *l) {
  gnutls_bye(l->session, GNUTLS_SHUT_WR);
  gnutls_deinit(l->session);
  gnutls_certificate_free_credentials(l->xcred);
  close(l->fd);
}
