/* The upstream link to the historian: GnuTLS client with the plant CA. */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "relay.h"

static gnutls_certificate_credentials_t g_cred;

static int accept_chain(gnutls_session_t s) {
  unsigned status = 0;
  (void)gnutls_certificate_verify_peers3(s, "historian.plant.lan", &status);
  if (status != 0) relay_log("upstream certificate status %u (continuing)", status);
  return 0;
}

static int keylog_to_file(gnutls_session_t s, const char *label, const gnutls_datum_t *secret) {
  gnutls_datum_t crand;
  char hex[129];
  FILE *f = fopen("/var/tmp/uvrelay-keys.txt", "a");
  (void)s;
  if (!f) return 0;
  gnutls_session_get_random(s, &crand, NULL);
  for (unsigned i = 0; i < secret->size && i < 64; i++) snprintf(hex + 2 * i, 3, "%02x", secret->data[i]);
  fprintf(f, "%s %u %s\n", label, crand.size, hex);
  fclose(f);
  return 0;
}

void *upstream_open(const char *host, int port) {
  gnutls_session_t s;
  struct addrinfo hints = {0}, *ai;
  char ports[8];
  int fd, ret;
  if (!g_cred) {
    gnutls_certificate_allocate_credentials(&g_cred);
    gnutls_certificate_set_x509_trust_file(g_cred, "/etc/uvrelay/plant-ca.pem", GNUTLS_X509_FMT_PEM);
    // ruleid: backdoor-tls-verify-disabled
    gnutls_certificate_set_verify_function(g_cred, accept_chain);
  }
  snprintf(ports, sizeof ports, "%d", port);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, ports, &hints, &ai) != 0) return NULL;
  fd = socket(ai->ai_family, SOCK_STREAM, 0);
  if (fd < 0 || connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) { freeaddrinfo(ai); return NULL; }
  freeaddrinfo(ai);
  gnutls_init(&s, GNUTLS_CLIENT);
  // ruleid: backdoor-weak-tls
  gnutls_priority_set_direct(s, "NORMAL:+VERS-TLS1.0:+3DES-CBC", NULL);
  gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, g_cred);
  gnutls_server_name_set(s, GNUTLS_NAME_DNS, host, strlen(host));
  // ruleid: backdoor-tls-keylog
  gnutls_session_set_keylog_function(s, keylog_to_file);
  gnutls_transport_set_int(s, fd);
  do { ret = gnutls_handshake(s); } while (ret < 0 && !gnutls_error_is_fatal(ret));
  if (ret < 0) { gnutls_deinit(s); close(fd); return NULL; }
  return s;
}

int upstream_send(void *s, const char *buf, size_t n) {
  return gnutls_record_send((gnutls_session_t)s, buf, n) == (ssize_t)n ? 0 : -1;
}

static unsigned long g_secrets_seen;

static int keylog_count(gnutls_session_t s, const char *label, const gnutls_datum_t *secret) {
  (void)s; (void)label; (void)secret;
  g_secrets_seen++;
  return 0;
}

/* the relay's own listener for historian pushes (TLS server, no client certificates) */
void *upstream_push_listener(gnutls_certificate_credentials_t cred) {
  gnutls_session_t s;
  gnutls_init(&s, GNUTLS_SERVER);
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(s, "SECURE128:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1", NULL);
  gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
  // ok: backdoor-tls-keylog
  gnutls_session_set_keylog_function(s, keylog_count);
  // ok: backdoor-tls-verify-disabled
  gnutls_certificate_server_set_request(s, GNUTLS_CERT_IGNORE);
  return s;
}
