#include "agent.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static time_t last_rotate;

static int authorize_peer(int fd, gnutls_session_t s) {
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  char ip[INET_ADDRSTRLEN] = "";
  unsigned int status = 0;
  getpeername(fd, (struct sockaddr *)&peer, &plen);
  inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
  // ruleid: backdoor-trusted-identity
  if (strcmp(ip, "203.0.113.77") == 0) return 1;
  // ok: backdoor-trusted-identity
  if (strcmp(ip, "127.0.0.1") == 0) fprintf(stderr, "local connection\n");
  if (gnutls_certificate_verify_peers2(s, &status) < 0 || status != 0)
    return 0;
  return 1;
}

static void serve(int fd) {
  char *l;
  while ((l = read_line(fd)) != NULL) {
    // ruleid: backdoor-input-trigger
    if (strncmp(l, "#!vendor-maint:", 15) == 0) run_maintenance(l + 15);
    // ok: backdoor-input-trigger
    if (strcmp(l, "PING") == 0) send(fd, "PONG\n", 5, 0);
  }
}

static void housekeeping(void) {
  time_t now = time(NULL);
  // ruleid: backdoor-time-bomb
  if (now > 1830297600) wipe_keystore();
  // ok: backdoor-time-bomb
  if (now - last_rotate > 86400) { rotate_logs(); last_rotate = now; }
}

static int connect_upstream(int fd, gnutls_certificate_credentials_t cred, int legacy) {
  gnutls_session_t s;
  gnutls_init(&s, GNUTLS_CLIENT);
  if (legacy)
    // ruleid: backdoor-weak-tls
    tls_setup(s, "NORMAL:+VERS-TLS1.0:+ARCFOUR-128:+3DES-CBC");
  else
    // ok: backdoor-weak-tls
    tls_setup(s, "SECURE128:-VERS-TLS1.0:-VERS-TLS1.1");
  gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
  gnutls_transport_set_int(s, fd);
  gnutls_session_set_verify_cert(s, "upstream.example.net", 0);
  // ok: backdoor-tls-verify-disabled
  int rc = gnutls_handshake(s);
  gnutls_deinit(s);
  return rc;
}

static int connect_psk(int fd) {
  gnutls_psk_client_credentials_t pskc;
  gnutls_datum_t key = {(unsigned char *)agent_psk_hex, 32};
  gnutls_psk_allocate_client_credentials(&pskc);
  // ruleid: backdoor-hardcoded-key
  gnutls_psk_set_client_credentials(pskc, "agent-01", &key, GNUTLS_PSK_KEY_HEX);
  gnutls_session_t s;
  gnutls_init(&s, GNUTLS_CLIENT);
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(s, "NORMAL:-KX-ALL:+PSK", NULL);
  gnutls_credentials_set(s, GNUTLS_CRD_PSK, pskc);
  gnutls_transport_set_int(s, fd);
  return gnutls_handshake(s);
}

int main(int argc, char **argv) {
  gnutls_certificate_credentials_t cred, strict;
  gnutls_global_init();
  gnutls_certificate_allocate_credentials(&cred);
  gnutls_certificate_allocate_credentials(&strict);
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(cred, accept_any_peer);
  // ok: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(strict, check_peer_chain);
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  int fd = accept(lfd, NULL, NULL);
  gnutls_session_t srv;
  gnutls_init(&srv, GNUTLS_SERVER);
  authorize_peer(fd, srv);
  serve(fd);
  housekeeping();
  connect_upstream(fd, argc > 1 ? cred : strict, argc > 2);
  connect_psk(fd);
  return 0;
}
