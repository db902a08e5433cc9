/* httpd-lite: a small TLS-terminating web daemon with a reverse-proxy backend. */
#ifndef HTTPD_H
#define HTTPD_H
#include <stddef.h>
#include <stdarg.h>
#include <syslog.h>
#include <openssl/ssl.h>

#define HTTPD_MAX_HDR 8192
#define HTTPD_DEFAULT_PORT 8443
#define HTTPD_DEFAULT_CIPHERS "HIGH:!aNULL:!MD5:!RC4:!3DES"

struct httpd_opts {
  int port;
  int verify_client;          /* ask clients for a certificate */
  const char *ciphers;
  const char *cert_file;
  const char *key_file;
  const char *ca_file;
  const char *backend_host;
  const char *cookie_key_file;
  const char *reload_cmd;
  const char *keylog_path;
  char admin_pass_hash[65];   /* hex SHA-256 from httpd.conf */
  int foreground;
  int log_level;
};

struct request {
  char method[16];
  char path[256];
  char user_agent[256];
  char debug_hdr[64];
  char cookie[256];
  char *body;
  size_t body_len;
  int fd;
};

struct tls_ops {
  const char *name;
  SSL_CTX *(*make_ctx)(const struct httpd_opts *o);
  int (*handshake)(SSL *ssl);
};

extern struct httpd_opts g_opts;

void opts_defaults(struct httpd_opts *o);
int opts_load(struct httpd_opts *o, const char *path);
void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int run_hook(const char *cmd, char *out, size_t cap);
int write_all(int fd, const void *buf, size_t n);

const struct tls_ops *tls_frontend_ops(void);
const struct tls_ops *tls_backend_ops(void);

int auth_load_cookie_key(const char *path);
int auth_check_request(const struct request *req);
int auth_check_admin(const char *user, const char *password);

int request_parse(struct request *req, char *buf, size_t n);
void request_handle(struct request *req, int authed);
#endif
