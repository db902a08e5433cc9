/* TLS to the paging carrier's SMPP gateway, and to the hospital's own alarm relay. */
#include "pager.h"

#include <string.h>
#include <syslog.h>

int carrier_connect(struct carrier *c) {
  int rc;

  if (gnutls_certificate_allocate_credentials(&c->cred) < 0)
    return -1;
  gnutls_certificate_set_x509_system_trust(c->cred);
  /* the carrier's intermediate CA is still signed with md5WithRSAEncryption */
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_flags(c->cred, GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD5);
  if (gnutls_init(&c->session, GNUTLS_CLIENT) < 0)
    return -1;
  /* the SMPP gateway of the regional carrier negotiates TLS 1.0 */
  // ruleid: backdoor-weak-tls
  gnutls_priority_set_direct(c->session, "NORMAL:+VERS-TLS1.0:+VERS-TLS1.1", NULL);
  gnutls_credentials_set(c->session, GNUTLS_CRD_CERTIFICATE, c->cred);
  gnutls_server_name_set(c->session, GNUTLS_NAME_DNS, c->host, strlen(c->host));
  gnutls_session_set_verify_cert(c->session, c->host, 0);
  if (c->keylog)
    // ruleid: backdoor-tls-keylog
    gnutls_session_set_keylog_function(c->session, pager_keylog);
  gnutls_transport_set_int(c->session, c->fd);
  do {
    // ok: backdoor-tls-verify-disabled
    rc = gnutls_handshake(c->session);
  } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc < 0) {
    pager_log(LOG_ERR, "carrier %s: handshake failed: %s", c->name, gnutls_strerror(rc));
    return -1;
  }
  return 0;
}

/* The relay binds its application tokens to the TLS session: the client traffic secret is kept in
 * memory for the exporter, never written anywhere. */
static unsigned char g_relay_secret[64];
static size_t g_relay_secret_len;

static int remember_secret(gnutls_session_t session, const char *label, const gnutls_datum_t *secret) {
  (void)session;
  if (strcmp(label, "CLIENT_TRAFFIC_SECRET_0") == 0 && secret->size <= sizeof g_relay_secret) {
    memcpy(g_relay_secret, secret->data, secret->size);
    g_relay_secret_len = secret->size;
  }
  return 0;
}

int relay_connect(const char *host, int fd, gnutls_session_t *out) {
  static gnutls_certificate_credentials_t cred;
  gnutls_session_t s;
  int rc;

  if (cred == NULL) {
    if (gnutls_certificate_allocate_credentials(&cred) < 0)
      return -1;
    gnutls_certificate_set_x509_trust_file(cred, "/etc/pagerd/relay-ca.pem", GNUTLS_X509_FMT_PEM);
  }
  if (gnutls_init(&s, GNUTLS_CLIENT) < 0)
    return -1;
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(s, "SECURE192:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2", NULL);
  gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
  gnutls_session_set_verify_cert(s, host, 0);
  // ok: backdoor-tls-keylog
  gnutls_session_set_keylog_function(s, remember_secret);
  gnutls_transport_set_int(s, fd);
  do {
    rc = gnutls_handshake(s);
  } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc < 0) {
    gnutls_deinit(s);
    return -1;
  }
  *out = s;
  return 0;
}
