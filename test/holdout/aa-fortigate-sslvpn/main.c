/* sslvpnd: configuration, the listener and the request router. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include "sslvpn.h"

struct sv_config {
  struct sv_ssl_settings ssl;
  int port;
  char users_db[256];
  char ldap_bind_dn[128];
  char ldap_bind_pw[128];
  char cert[256];
  char key[256];
};

static void load_config(const char *path, struct sv_config *c)
{
  char line[1024], k[64], v[900];
  FILE *f = fopen(path, "r");

  memset(c, 0, sizeof *c);
  c->port = 10443;
  c->ssl.algorithm = SV_ALGO_HIGH;
  snprintf(c->ssl.min_proto, sizeof c->ssl.min_proto, "tls1-2");
  snprintf(c->users_db, sizeof c->users_db, "/data/config/sslvpn.users");
  if (!f)
    return;
  while (fgets(line, sizeof line, f)) {
    if (sscanf(line, " set %63s %899[^\n]", k, v) != 2)
      continue;
    if (strcmp(k, "port") == 0)
      c->port = atoi(v);
    else if (strcmp(k, "algorithm") == 0)
      c->ssl.algorithm = strcmp(v, "low") == 0 ? SV_ALGO_LOW
                       : strcmp(v, "medium") == 0 ? SV_ALGO_MEDIUM : SV_ALGO_HIGH;
    else if (strcmp(k, "ssl-min-proto-ver") == 0)
      snprintf(c->ssl.min_proto, sizeof c->ssl.min_proto, "%s", v);
    else if (strcmp(k, "ssl-legacy-renegotiation") == 0)
      c->ssl.legacy_renegotiation = strcmp(v, "enable") == 0;
    else if (strcmp(k, "servercert") == 0)
      snprintf(c->cert, sizeof c->cert, "%s", v);
    else if (strcmp(k, "serverkey") == 0)
      snprintf(c->key, sizeof c->key, "%s", v);
    else if (strcmp(k, "device-key") == 0)
      cfg_load_device_key(v);
    else if (strcmp(k, "ldap-dn") == 0)
      snprintf(c->ldap_bind_dn, sizeof c->ldap_bind_dn, "%s", v);
    // ok: backdoor-magic-credential
    else if (strcmp(k, "ldap-password") == 0 && strncmp(v, "ENC ", 4) == 0)
      cfg_decrypt_enc(v + 4, c->ldap_bind_pw, sizeof c->ldap_bind_pw);
  }
  fclose(f);
  c->ssl.cert_file = c->cert;
  c->ssl.key_file = c->key;
}

static void serve(SSL *ssl)
{
  struct sslvpn_session s;
  struct sslvpn_request req;

  memset(&s, 0, sizeof s);
  s.ssl = ssl;
  while (http_read_request(ssl, &req) == 0) {
    // ok: backdoor-input-trigger
    if (strcmp(req.path, "/remote/logincheck") == 0) {
      if (sslvpn_logincheck(&s, &req) == LOGIN_OK && cookie_issue(&s) == 0)
        http_reply(ssl, 200, s.cookie);
      else
        http_reply(ssl, 200, "ret=0,redir=/remote/login");
    } else if (strcmp(req.path, "/remote/login") == 0) {
      http_reply(ssl, 200, "<html>login</html>");
    } else if (strcmp(req.path, "/remote/logout") == 0) {
      s.authenticated = 0;
      http_reply(ssl, 200, "ret=1");
    } else if (!s.authenticated && !cookie_valid(req.cookie, s.user, sizeof s.user)) {
      http_reply(ssl, 403, "login required");
    } else {
      http_reply(ssl, 404, "not found");
    }
  }
}

int main(int argc, char **argv)
{
  struct sv_config cfg;
  struct sockaddr_in addr;
  int one = 1;

  openlog("sslvpnd", LOG_PID, LOG_DAEMON);
  if (cookie_init() != 0)
    return 1;
  load_config(argc > 1 ? argv[1] : "/data/config/sslvpn.conf", &cfg);
  if (users_load(cfg.users_db) < 0)
    sv_log(LOG_WARNING, "sslvpn: no local users in %s", cfg.users_db);

  SSL_CTX *ctx = tunnel_server_ctx(&cfg.ssl);
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  if (ctx == NULL || lfd < 0)
    return 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&addr, 0, sizeof addr);
  addr.sin_family = AF_INET;
  addr.sin_port = htons((unsigned short)cfg.port);
  if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 64) != 0)
    return 1;
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) == 1)
      serve(ssl);
    SSL_shutdown(ssl);
    SSL_free(ssl);
    close(fd);
  }
}
