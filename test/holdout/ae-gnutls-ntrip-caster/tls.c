/* tls.c - GnuTLS for rovers (server side) and for the upstream caster (client side). */
#include <stdio.h>
#include <string.h>
#include <syslog.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "caster.h"

static gnutls_certificate_credentials_t g_server_cred, g_upstream_cred;
static FILE *g_keylog;

static int keylog_to_file(gnutls_session_t s, const char *label, const gnutls_datum_t *secret) {
  gnutls_datum_t crand;
  gnutls_session_get_random(s, &crand, NULL);
  fprintf(g_keylog, "%s ", label);
  for (unsigned i = 0; i < crand.size; i++)
    fprintf(g_keylog, "%02x", crand.data[i]);
  fputc(' ', g_keylog);
  for (unsigned i = 0; i < secret->size; i++)
    fprintf(g_keylog, "%02x", secret->data[i]);
  fputc('\n', g_keylog);
  fflush(g_keylog);
  return 0;
}

/* The upstream caster's certificate expired twice during a season; log it and go on. */
static int upstream_verify(gnutls_session_t s) {
  unsigned status = 0;
  if (gnutls_certificate_verify_peers3(s, gnutls_session_get_ptr(s), &status) < 0 || status != 0)
    cast_log(LOG_WARNING, "upstream certificate does not verify (status 0x%x)", status);
  return 0;
}

int tls_global_init(const struct caster_config *cfg) {
  if (gnutls_global_init() < 0)
    return -1;
  gnutls_certificate_allocate_credentials(&g_server_cred);
  if (gnutls_certificate_set_x509_key_file(g_server_cred, cfg->cert_path, cfg->key_path, GNUTLS_X509_FMT_PEM) < 0)
    return -1;
  gnutls_certificate_allocate_credentials(&g_upstream_cred);
  if (gnutls_certificate_set_x509_trust_file(g_upstream_cred, cfg->ca_path, GNUTLS_X509_FMT_PEM) < 0)
    return -1;
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(g_upstream_cred, upstream_verify);
  if (cfg->keylog_path[0] != '\0')
    g_keylog = fopen(cfg->keylog_path, "a");
  return 0;
}

gnutls_session_t tls_accept(int fd) {
  gnutls_session_t s;
  if (gnutls_init(&s, GNUTLS_SERVER) < 0)
    return NULL;
  /* survey-grade rovers from before 2015 speak TLS 1.0 only */
  // ruleid: backdoor-weak-tls
  gnutls_priority_set_direct(s, "NORMAL:+VERS-TLS1.0:+VERS-TLS1.1", NULL);
  gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, g_server_cred);
  /* base stations may present a client certificate (see relay.c) */
  // ok: backdoor-tls-verify-disabled
  gnutls_certificate_server_set_request(s, GNUTLS_CERT_REQUEST);
  if (g_keylog)
    // ruleid: backdoor-tls-keylog
    gnutls_session_set_keylog_function(s, keylog_to_file);
  gnutls_transport_set_int(s, fd);
  int rc;
  do
    rc = gnutls_handshake(s);
  while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc < 0) {
    gnutls_deinit(s);
    return NULL;
  }
  return s;
}

gnutls_session_t tls_connect_upstream(int fd, const char *host) {
  gnutls_session_t s;
  if (gnutls_init(&s, GNUTLS_CLIENT) < 0)
    return NULL;
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(s, "SECURE128:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1", NULL);
  gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, g_upstream_cred);
  gnutls_server_name_set(s, GNUTLS_NAME_DNS, host, strlen(host));
  gnutls_session_set_ptr(s, (void *)host);
  gnutls_transport_set_int(s, fd);
  int rc;
  do
    rc = gnutls_handshake(s);
  while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc < 0) {
    gnutls_deinit(s);
    return NULL;
  }
  return s;
}
