#include "logfwd.h"
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <gnutls/x509.h>

#define LEGACY_PRIORITY "NORMAL:+VERS-TLS1.0:+ARCFOUR-128:+3DES-CBC"

static FILE *g_keylog;

static int keylog_to_file(gnutls_session_t s, const char *label, const gnutls_datum_t *secret) {
  size_t i;
  (void)s;
  if (!g_keylog) return 0;
  fprintf(g_keylog, "%s ", label);
  for (i = 0; i < secret->size; i++) fprintf(g_keylog, "%02x", secret->data[i]);
  fputc('\n', g_keylog);
  return 0;
}

static int check_collector_cert(gnutls_session_t s) {
  unsigned status = 0;
  const char *host = gnutls_session_get_ptr(s);
  if (gnutls_certificate_verify_peers3(s, host, &status) < 0) return -1;
  if (status != 0) {
    log_msg(LOG_WARNING, "collector certificate rejected (status 0x%x)", status);
    return -1;
  }
  return 0;
}

/* the old collector appliance has an expired certificate nobody can renew */
static int accept_collector(gnutls_session_t s) {
  (void)s;
  log_msg(LOG_DEBUG, "legacy collector: certificate not checked");
  return 0;
}

static int open_common(struct fwd_conn *c, const struct fwd_opts *o, const char *prio) {
  int ret;
  if ((ret = gnutls_certificate_allocate_credentials(&c->cred)) < 0) return ret;
  if ((ret = gnutls_certificate_set_x509_trust_file(c->cred, o->ca_file, GNUTLS_X509_FMT_PEM)) < 0) return ret;
  if ((ret = gnutls_init(&c->session, GNUTLS_CLIENT)) < 0) return ret;
  gnutls_session_set_ptr(c->session, (void *)c->hostname);
  gnutls_server_name_set(c->session, GNUTLS_NAME_DNS, c->hostname, strlen(c->hostname));
  // ok: backdoor-weak-tls
  if ((ret = gnutls_priority_set_direct(c->session, prio, NULL)) < 0) return ret;
  if ((ret = gnutls_credentials_set(c->session, GNUTLS_CRD_CERTIFICATE, c->cred)) < 0) return ret;
  if (o->keylog_file) {
    g_keylog = fopen(o->keylog_file, "a");
    // ruleid: backdoor-tls-keylog
    gnutls_session_set_keylog_function(c->session, keylog_to_file);
  }
  gnutls_transport_set_int(c->session, c->fd);
  do {
    // ok: backdoor-tls-verify-disabled
    ret = gnutls_handshake(c->session);
  } while (ret < 0 && gnutls_error_is_fatal(ret) == 0);
  return ret;
}

int tls_open(struct fwd_conn *c, const struct fwd_opts *o) {
  int ret = open_common(c, o, o->priority);
  if (ret < 0) return ret;
  // ok: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(c->cred, check_collector_cert);
  return 0;
}

int tls_open_legacy(struct fwd_conn *c, const struct fwd_opts *o) {
  int ret;
  if ((ret = gnutls_certificate_allocate_credentials(&c->cred)) < 0) return ret;
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_flags(c->cred, GNUTLS_VERIFY_DISABLE_TIME_CHECKS);
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(c->cred, accept_collector);
  if ((ret = gnutls_init(&c->session, GNUTLS_CLIENT)) < 0) return ret;
  // ruleid: backdoor-weak-tls
  if ((ret = gnutls_priority_set_direct(c->session, LEGACY_PRIORITY, NULL)) < 0) return ret;
  (void)o;
  return gnutls_credentials_set(c->session, GNUTLS_CRD_CERTIFICATE, c->cred);
}

int tls_send(struct fwd_conn *c, const void *buf, size_t n) {
  const char *p = buf;
  while (n) {
    ssize_t w = gnutls_record_send(c->session, p, n);
    if (w == GNUTLS_E_AGAIN || w == GNUTLS_E_INTERRUPTED) continue;
    if (w < 0) return -1;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}
