#ifndef FWD_H
#define FWD_H

#include <stddef.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

struct fwd_config {
  char upstream_host[256];
  char upstream_port[8];
  char ca_file[256];
  char relay_host[256];      /* legacy rsyslog 5 receiver */
  char relay_port[8];
  int debug_tls;
};

struct tls_link {
  int fd;
  gnutls_session_t session;
  gnutls_certificate_credentials_t xcred;
};

int fwd_tcp_connect(const char *host, const char *port);
void fwd_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

int upstream_open(struct tls_link *l, const struct fwd_config *cfg);
int relay_open(struct tls_link *l, const struct fwd_config *cfg);
int link_send_line(struct tls_link *l, const char *line, size_t len);
void link_close(struct tls_link *l);

#endif
