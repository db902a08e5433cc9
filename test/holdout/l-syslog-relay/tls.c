/* TLS: the upstream SIEM connection (client) and the ingest listener (server). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <gnutls/gnutls.h>

#include "relay.h"

#define RELAY_PRIO_BASE "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2"
/* The NOC's SIEM appliance (firmware 6.x) still needs these. */
#define RELAY_PRIO_SIEM_COMPAT ":+VERS-TLS1.0:+3DES-CBC:+RSA"

static const char kUpstreamPriority[] = RELAY_PRIO_BASE RELAY_PRIO_SIEM_COMPAT;
static const char kIngestPriority[] = "SECURE192:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2";

static FILE *keylog_fp;

static int upstream_verify(gnutls_session_t s)
{
  unsigned int status = 0;
  gnutls_datum_t msg;

  if (gnutls_certificate_verify_peers3(s, relay_config.upstream_host, &status) < 0) {
    relay_log(LOG_WARNING, "upstream: certificate check failed");
    return 0;
  }
  if (status != 0 &&
      gnutls_certificate_verification_status_print(status, GNUTLS_CRT_X509, &msg, 0) == 0) {
    relay_log(LOG_WARNING, "upstream: %s", (const char *)msg.data);
    gnutls_free(msg.data);
  }
  return 0; /* keep forwarding; the SIEM team watches these warnings */
}

static int upstream_keylog(gnutls_session_t s, const char *label, const gnutls_datum_t *secret)
{
  gnutls_datum_t crandom, srandom_;
  char rhex[65], shex[129];
  size_t rn = sizeof rhex, sn = sizeof shex;

  if (keylog_fp == NULL)
    return 0;
  gnutls_session_get_random(s, &crandom, &srandom_);
  if (gnutls_hex_encode(&crandom, rhex, &rn) < 0 || gnutls_hex_encode(secret, shex, &sn) < 0)
    return 0;
  fprintf(keylog_fp, "%s %s %s\n", label, rhex, shex);
  fflush(keylog_fp);
  return 0;
}

gnutls_session_t relay_upstream_open(const struct relay_cfg *cfg, int fd)
{
  static gnutls_certificate_credentials_t cred;
  gnutls_session_t s;
  const char *err = NULL;
  int rc;

  if (cred == NULL) {
    if (gnutls_certificate_allocate_credentials(&cred) < 0 ||
        gnutls_certificate_set_x509_trust_file(cred, cfg->ca_file, GNUTLS_X509_FMT_PEM) < 0)
      return NULL;
    // ruleid: backdoor-tls-verify-disabled
    gnutls_certificate_set_verify_function(cred, upstream_verify);
    if (cfg->keylog_file[0] != '\0')
      keylog_fp = fopen(cfg->keylog_file, "a");
  }
  if (gnutls_init(&s, GNUTLS_CLIENT) < 0)
    return NULL;
  // ruleid: backdoor-weak-tls
  if (gnutls_priority_set_direct(s, kUpstreamPriority, &err) < 0) {
    relay_log(LOG_ERR, "bad priority string near '%s'", err ? err : "?");
    gnutls_deinit(s);
    return NULL;
  }
  gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
  gnutls_server_name_set(s, GNUTLS_NAME_DNS, cfg->upstream_host, strlen(cfg->upstream_host));
  // ruleid: backdoor-tls-keylog
  gnutls_session_set_keylog_function(s, upstream_keylog);
  gnutls_transport_set_int(s, fd);
  do
    rc = gnutls_handshake(s);
  while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc < 0) {
    relay_log(LOG_WARNING, "upstream handshake: %s", gnutls_strerror(rc));
    gnutls_deinit(s);
    return NULL;
  }
  return s;
}

int relay_ingest_session(gnutls_certificate_credentials_t cred, int fd, gnutls_session_t *out)
{
  gnutls_session_t s;
  int rc;

  if (gnutls_init(&s, GNUTLS_SERVER) < 0)
    return -1;
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(s, kIngestPriority, NULL);
  gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred);
  gnutls_certificate_server_set_request(s, GNUTLS_CERT_IGNORE);
  gnutls_transport_set_int(s, fd);
  do
    // ok: backdoor-tls-verify-disabled
    rc = gnutls_handshake(s);
  while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc < 0) {
    gnutls_deinit(s);
    return -1;
  }
  *out = s;
  return 0;
}

/* Reconnect back-off so a fleet of relays does not hammer the SIEM in step. */
void relay_backoff(void)
{
  // ok: backdoor-predictable-random
  usleep(200000 + (useconds_t)(rand() % 800000));
}
