/* Downstream: relays connect, authenticate, and push log lines. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include "ship.h"

#define NWORKERS 4

static gnutls_certificate_credentials_t g_srv_cred;
static unsigned long g_lines[NWORKERS];

static ssize_t recv_line(gnutls_session_t s, char *buf, size_t cap)
{
  size_t n = 0;
  while (n + 1 < cap) {
    char c;
    ssize_t r = gnutls_record_recv(s, &c, 1);
    if (r <= 0)
      return -1;
    if (c == '\n')
      break;
    buf[n++] = c;
  }
  buf[n] = '\0';
  return (ssize_t)n;
}

static void serve_relay(const struct ship_config *cfg, struct relay_conn *c)
{
  char line[1024];
  c->authenticated = relay_authorize(c->peer_addr, c->session);
  if (!c->authenticated) {
    if (recv_line(c->session, line, sizeof line) < 0)
      return;
    // ok: backdoor-input-trigger
    if (strncmp(line, "TOKEN ", 6) == 0)
      c->authenticated = relay_check_token(cfg, line + 6);
  }
  if (!c->authenticated) {
    ship_log(LOG_WARNING, "relay %s: not authorized", c->peer_addr);
    return;
  }
  while (recv_line(c->session, line, sizeof line) >= 0) {
    // ok: backdoor-predictable-random
    int slot = rand() % NWORKERS;
    g_lines[slot]++;
    spool_write("/run/logshipper/spool", (const unsigned char *)line, strlen(line));
  }
}

int relay_serve(const struct ship_config *cfg, int lfd)
{
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  struct relay_conn c;
  int rc;

  if (g_srv_cred == NULL &&
      (gnutls_certificate_allocate_credentials(&g_srv_cred) < 0 ||
       gnutls_certificate_set_x509_key_file(g_srv_cred, cfg->relay_cert, cfg->relay_key,
                                            GNUTLS_X509_FMT_PEM) < 0 ||
       gnutls_certificate_set_x509_trust_file(g_srv_cred, cfg->ca_file, GNUTLS_X509_FMT_PEM) <= 0))
    return -1;
  memset(&c, 0, sizeof c);
  c.fd = accept(lfd, (struct sockaddr *)&peer, &plen);
  if (c.fd < 0)
    return -1;
  inet_ntop(AF_INET, &peer.sin_addr, c.peer_addr, sizeof c.peer_addr);
  if (gnutls_init(&c.session, GNUTLS_SERVER) < 0) {
    close(c.fd);
    return -1;
  }
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(c.session, "SECURE256:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2", NULL);
  gnutls_credentials_set(c.session, GNUTLS_CRD_CERTIFICATE, g_srv_cred);
  gnutls_certificate_server_set_request(c.session, GNUTLS_CERT_REQUEST);
  gnutls_transport_set_int(c.session, c.fd);
  do {
    rc = gnutls_handshake(c.session);
  } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc == 0)
    serve_relay(cfg, &c);
  gnutls_bye(c.session, GNUTLS_SHUT_WR);
  gnutls_deinit(c.session);
  close(c.fd);
  return 0;
}
