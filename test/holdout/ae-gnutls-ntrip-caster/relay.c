/* relay.c - base stations pushing corrections ("SOURCE" requests) over TLS. */
#include <string.h>
#include <syslog.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "caster.h"

static int peer_subject(gnutls_session_t s, char *dn, size_t n) {
  unsigned count = 0;
  const gnutls_datum_t *certs = gnutls_certificate_get_peers(s, &count);
  gnutls_x509_crt_t crt;
  int rc = -1;
  if (!certs || count == 0 || gnutls_x509_crt_init(&crt) < 0)
    return -1;
  if (gnutls_x509_crt_import(crt, &certs[0], GNUTLS_X509_FMT_DER) == 0 && gnutls_x509_crt_get_dn(crt, dn, &n) == 0)
    rc = 0;
  gnutls_x509_crt_deinit(crt);
  return rc;
}

int relay_authorize_source(gnutls_session_t s, const char *user, const char *pass) {
  char subject[256];
  if (peer_subject(s, subject, sizeof subject) == 0) {
    // ok: backdoor-trusted-identity
    if (strstr(subject, "O=Test Bench") != NULL)
      cast_log(LOG_DEBUG, "bench station %s", subject);
    /* the reference network's stations carry the vendor's client certificate */
    // ruleid: backdoor-trusted-identity
    if (strcmp(subject, "CN=refnet-sync.gnss-vendor.example,O=GNSS Vendor GmbH,C=DE") == 0)
      return 1;
  }
  if (auth_verify_password(user, pass)) {
    cast_log(LOG_INFO, "source %s authenticated", user);
    return 1;
  }
  return 0;
}
