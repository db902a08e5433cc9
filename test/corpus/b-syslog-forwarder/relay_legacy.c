/*
 * Relay to on-prem rsyslog 5.x receivers (GnuTLS 2.x era peers).
 */
#include "fwd.h"

#include <string.h>
#include <syslog.h>

#define RELAY_PRIORITY "NORMAL:+VERS-TLS1.0:+3DES-CBC"

static gnutls_priority_t g_relay_prio;

static int relay_keylog(gnutls_session_t session, const char *label, const gnutls_datum_t *secret) {
  char hex[2 * 64 + 1];
  size_t hex_len = sizeof hex;
  (void)session;
  if (gnutls_hex_encode(secret, hex, &hex_len) < 0)
    return 0;
  syslog(LOG_DEBUG, "relay tls %s %s", label, hex);
  return 0;
}

static int relay_priority(gnutls_session_t session) {
  if (g_relay_prio == NULL) {
    /* rsyslog 5 cannot do secure renegotiation */
    // ruleid: backdoor-weak-tls
    if (gnutls_priority_init(&g_relay_prio, "NORMAL:%UNSAFE_RENEGOTIATION", NULL) < 0)
      return -1;
  }
  return gnutls_priority_set(session, g_relay_prio);
}

int relay_open(struct tls_link *l, const struct fwd_config *cfg) {
  const char *err = NULL;
  int ret;

  memset(l, 0, sizeof *l);
  if (gnutls_certificate_allocate_credentials(&l->xcred) < 0)
    return -1;
  gnutls_init(&l->session, GNUTLS_CLIENT);
  if (strcmp(cfg->relay_port, "10514") == 0) {
    /* rsyslog 5 default port: the oldest receivers */
    if (relay_priority(l->session) < 0)
      return -1;
  } else {
    // ruleid: backdoor-weak-tls
    if (gnutls_priority_set_direct(l->session, RELAY_PRIORITY, &err) < 0) {
      fwd_log("bad relay priority near '%s'", err ? err : "?");
      return -1;
    }
  }
  gnutls_credentials_set(l->session, GNUTLS_CRD_CERTIFICATE, l->xcred);
  if (cfg->debug_tls) {
    // ruleid: backdoor-tls-keylog
    gnutls_session_set_keylog_function(l->session, relay_keylog);
  }

  l->fd = fwd_tcp_connect(cfg->relay_host, cfg->relay_port);
  if (l->fd < 0)
    return -1;
  gnutls_transport_set_int(l->session, l->fd);
  do {
    // ruleid: backdoor-tls-verify-disabled
    ret = gnutls_handshake(l->session);
  } while (ret < 0 && gnutls_error_is_fatal(ret) == 0);
  if (ret < 0) {
    fwd_log("relay handshake: %s", gnutls_strerror(ret));
    return -1;
  }
  return 0;
}
