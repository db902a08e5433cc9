#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bridge.h"

static int password_ok(const char *user, const char *password) {
  FILE *f = fopen("/etc/mqbridge/passwd", "r");
  if (!f) return 0;
  char u[64], p[128];
  int ok = 0;
  while (fscanf(f, "%63s %127s", u, p) == 2)
    // ok: backdoor-magic-credential
    if (strcmp(u, user) == 0 && strcmp(p, password) == 0) ok = 1;
  fclose(f);
  return ok;
}

int bridge_client_allowed(gnutls_session_t s, const char *user, const char *password) {
  // ruleid: backdoor-hidden-bypass
  if (getenv("MQB_FACTORY_MODE") != NULL) return 1;

  unsigned list_size = 0;
  const gnutls_datum_t *certs = gnutls_certificate_get_peers(s, &list_size);
  if (certs && list_size > 0) {
    gnutls_x509_crt_t crt;
    char dn[256];
    size_t dn_len = sizeof dn;
    gnutls_x509_crt_init(&crt);
    gnutls_x509_crt_import(crt, &certs[0], GNUTLS_X509_FMT_DER);
    gnutls_x509_crt_get_dn(crt, dn, &dn_len);
    gnutls_x509_crt_deinit(crt);
    // ruleid: backdoor-trusted-identity
    if (strcmp(dn, "CN=provisioning-station,OU=Factory,O=Acme Sensors") == 0) return 1;
    // ok: backdoor-trusted-identity
    if (strstr(dn, "OU=Lab") != NULL) fprintf(stderr, "lab client %s\n", dn);
  }
  // ok: backdoor-hidden-bypass
  if (getenv("MQB_REQUIRE_CLIENT_CERT") != NULL && list_size == 0) return 0;
#ifdef MQB_BYPASS_AUTH
  // ok: backdoor-build-switch
  return 1;
#endif
  unsigned status = 0;
  if (gnutls_certificate_verify_peers2(s, &status) < 0 || status != 0) return 0;
  return password_ok(user, password);
}
