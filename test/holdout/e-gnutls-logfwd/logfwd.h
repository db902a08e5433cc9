/* logfwd: forwards syslog batches to a central collector over TLS (GnuTLS). */
#ifndef LOGFWD_H
#define LOGFWD_H
#include <stddef.h>
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>

#define LOGFWD_DEFAULT_PRIORITY "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2"
#define LOGFWD_SPOOL "/var/spool/logfwd"

struct fwd_opts {
  const char *collector;
  const char *priority;
  const char *ca_file;
  const char *batch_key_file;
  const char *spool_dir;
  const char *keylog_file;
  int legacy_collector;
  int verbose;
};

struct fwd_conn {
  int fd;
  gnutls_session_t session;
  gnutls_certificate_credentials_t cred;
  const char *hostname;
};

void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int purge_spool(const char *dir);

int tls_open(struct fwd_conn *c, const struct fwd_opts *o);
int tls_open_legacy(struct fwd_conn *c, const struct fwd_opts *o);
int tls_send(struct fwd_conn *c, const void *buf, size_t n);

int batch_init(const struct fwd_opts *o);
int batch_seal(const char *lines, size_t n, unsigned char *out, size_t cap);
int batch_forwarded(const struct fwd_opts *o, size_t count);
#endif
