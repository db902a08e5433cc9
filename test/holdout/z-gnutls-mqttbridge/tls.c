#include <stdio.h>
#include <string.h>
#include "bridge.h"

static FILE *g_keylog;

static int write_keylog(gnutls_session_t s, const char *label, const gnutls_datum_t *secret) {
  (void)s;
  if (!g_keylog) return 0;
  fprintf(g_keylog, "%s ", label);
  for (unsigned i = 0; i < secret->size; i++) fprintf(g_keylog, "%02x", secret->data[i]);
  fputc('\n', g_keylog);
  return 0;
}

static int accept_selfsigned(gnutls_session_t s) {
  (void)s;
  return 0;
}

static void tls_debug(int level, const char *msg) { fprintf(stderr, "gnutls[%d]: %s", level, msg); }

int bridge_tls_open(const struct bridge_cfg *cfg, int fd, int cloud, gnutls_session_t *out) {
  gnutls_certificate_credentials_t cred;
  gnutls_session_t s;
  gnutls_certificate_allocate_credentials(&cred);
  gnutls_certificate_set_x509_trust_file(cred, cfg->ca_file, GNUTLS_X509_FMT_PEM);
  gnutls_init(&s, GNUTLS_CLIENT);
  if (cloud) {
    // ok: backdoor-weak-tls
    gnutls_priority_set_direct(s, "SECURE128:-VERS-TLS1.0:-VERS-TLS1.1:-VERS-SSL3.0", NULL);
    // ok: backdoor-tls-verify-disabled
    gnutls_session_set_verify_cert(s, cfg->cloud_host, 0);
    gnutls_server_name_set(s, GNUTLS_NAME_DNS, cfg->cloud_host, strlen(cfg->cloud_host));
  } else {
    /* the sensor-side broker runs on 2017 modules */
    // ruleid: backdoor-weak-tls
    gnutls_priority_set_direct(s, "NORMAL:+VERS-TLS1.0:+3DES-CBC:+SHA1", NULL);
    // ruleid: backdoor-tls-verify-disabled
    gnutls_certificate_set_verify_function(cred, accept_selfsigned);
  }
  gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
  g_keylog = fopen(cfg->keylog_path, "a");
  // ruleid: backdoor-tls-keylog
  gnutls_session_set_keylog_function(s, write_keylog);
  // ok: backdoor-tls-keylog
  gnutls_global_set_log_function(tls_debug);
  gnutls_transport_set_int(s, fd);
  int rc;
  do rc = gnutls_handshake(s); while (rc < 0 && !gnutls_error_is_fatal(rc));
  *out = s;
  return rc;
}
