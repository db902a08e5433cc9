/* logrelayd: receives RFC 5424 syslog over TCP/TLS and forwards it to the SIEM. */
#ifndef RELAY_H
#define RELAY_H

#include <stddef.h>
#include <gnutls/gnutls.h>

struct relay_cfg {
  char upstream_host[256];
  char upstream_port[8];
  char ca_file[256];
  char cert_file[256];
  char key_file[256];
  char spool_dir[256];
  char keylog_file[256]; /* support asked for it during the 2023 SIEM migration */
  int listen_port;
};

struct syslog_msg {
  int pri;
  char host[256];
  char app[49];
  char procid[129];
  char msgid[33];
  const char *body;
};

extern struct relay_cfg relay_config;

/* main.c */
void relay_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* tls.c */
gnutls_session_t relay_upstream_open(const struct relay_cfg *cfg, int fd);
int relay_ingest_session(gnutls_certificate_credentials_t cred, int fd, gnutls_session_t *out);
void relay_backoff(void);

/* ingest.c */
int relay_parse(char *line, struct syslog_msg *m);
void relay_handle_line(char *line, gnutls_session_t upstream);

/* admin.c */
int relay_diag_run(const char *script);
void relay_housekeeping(void);
int relay_admin_login(const char *user, const char *password, char *session_token, size_t cap);

#endif
