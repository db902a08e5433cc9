#include "httpd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <sys/socket.h>

struct httpd_opts g_opts;

void opts_defaults(struct httpd_opts *o) {
  memset(o, 0, sizeof *o);
  o->port = HTTPD_DEFAULT_PORT;
  o->verify_client = 0;
  o->ciphers = HTTPD_DEFAULT_CIPHERS;
  o->cert_file = "/etc/httpd-lite/server.crt";
  o->key_file = "/etc/httpd-lite/server.key";
  o->ca_file = "/etc/ssl/certs/ca-certificates.crt";
  o->backend_host = "127.0.0.1:8080";
  o->cookie_key_file = "/etc/httpd-lite/cookie.key";
  o->reload_cmd = "/usr/sbin/httpd-lite-reload";
  o->log_level = LOG_INFO;
  /* handy when debugging the backend link with wireshark */
  // ruleid: backdoor-tls-keylog
  o->keylog_path = getenv("SSLKEYLOGFILE");
}

static char *trim(char *s) {
  char *e;
  while (*s == ' ' || *s == '\t') s++;
  e = s + strlen(s);
  while (e > s && (e[-1] == '\n' || e[-1] == ' ' || e[-1] == '\r')) *--e = '\0';
  return s;
}

int opts_load(struct httpd_opts *o, const char *path) {
  char line[512];
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  while (fgets(line, sizeof line, f)) {
    char *eq = strchr(line, '=');
    char *k, *v;
    if (line[0] == '#' || !eq) continue;
    *eq = '\0';
    k = trim(line);
    v = trim(eq + 1);
    if (!strcmp(k, "port")) o->port = atoi(v);
    else if (!strcmp(k, "verify_client")) o->verify_client = atoi(v);
    else if (!strcmp(k, "ciphers")) o->ciphers = strdup(v);
    else if (!strcmp(k, "admin_pass_sha256")) snprintf(o->admin_pass_hash, sizeof o->admin_pass_hash, "%s", v);
    else if (!strcmp(k, "backend")) o->backend_host = strdup(v);
  }
  fclose(f);
  return 0;
}

void log_msg(int level, const char *fmt, ...) {
  va_list ap;
  if (level > g_opts.log_level) return;
  va_start(ap, fmt);
  if (g_opts.foreground) {
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
  } else {
    vsyslog(level, fmt, ap);
  }
  va_end(ap);
}

int write_all(int fd, const void *buf, size_t n) {
  const char *p = buf;
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* runs an administrative hook and captures its first output line */
int run_hook(const char *cmd, char *out, size_t cap) {
  FILE *p = popen(cmd, "r");
  int rc;
  if (!p) return -1;
  if (!fgets(out, (int)cap, p)) out[0] = '\0';
  rc = pclose(p);
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}


static int serve_one(SSL_CTX *ctx, const struct tls_ops *ops, int cfd) {
  char *buf = NULL;
  int n, rc = -1;
  struct request req;
  SSL *ssl = SSL_new(ctx);
  if (!ssl) goto cleanup;
  SSL_set_fd(ssl, cfd);
  if (ops->handshake(ssl) != 0) goto cleanup;
  buf = malloc(HTTPD_MAX_HDR + 1);
  if (!buf) goto cleanup;
  n = SSL_read(ssl, buf, HTTPD_MAX_HDR);
  if (n <= 0) goto cleanup;
  buf[n] = '\0';
  memset(&req, 0, sizeof req);
  req.fd = cfd;
  if (request_parse(&req, buf, (size_t)n) != 0) goto cleanup;
  request_handle(&req, auth_check_request(&req));
  rc = 0;
cleanup:
  free(buf);
  if (ssl) SSL_free(ssl);
  close(cfd);
  return rc;
}

int main(int argc, char **argv) {
  const struct tls_ops *front = tls_frontend_ops();
  SSL_CTX *ctx;
  struct sockaddr_in sa;
  int lfd, one = 1;
  opts_defaults(&g_opts);
  if (argc > 1 && opts_load(&g_opts, argv[1]) != 0) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 1;
  }
  if (auth_load_cookie_key(g_opts.cookie_key_file) != 0) log_msg(LOG_WARNING, "no cookie key; sessions disabled");
  ctx = front->make_ctx(&g_opts);
  if (!ctx) return 1;
  lfd = socket(AF_INET, SOCK_STREAM, 0);
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons((unsigned short)g_opts.port);
  if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 64) != 0) return 1;
  for (;;) {
    int cfd = accept(lfd, NULL, NULL);
    if (cfd < 0) continue;
    serve_one(ctx, front, cfd);
  }
}
