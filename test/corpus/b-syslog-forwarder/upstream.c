/*
 * RFC 5425 syslog over TLS to the central collector.
 */
#include "fwd.h"

#include <string.h>

#define UPSTREAM_PRIORITY "SECURE256:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2"

int upstream_open(struct tls_link *l, const struct fwd_config *cfg) {
  int ret;

  memset(l, 0, sizeof *l);
  if (gnutls_certificate_allocate_credentials(&l->xcred) < 0)
    return -1;
  if (cfg->ca_file[0] != '\0')
    ret = gnutls_certificate_set_x509_trust_file(l->xcred, cfg->ca_file, GNUTLS_X509_FMT_PEM);
  else
    ret = gnutls_certificate_set_x509_system_trust(l->xcred);
  if (ret <= 0) {
    fwd_log("no trust anchors loaded");
    return -1;
  }

  gnutls_init(&l->session, GNUTLS_CLIENT);
  gnutls_server_name_set(l->session, GNUTLS_NAME_DNS, cfg->upstream_host, strlen(cfg->upstream_host));
  // ok: backdoor-weak-tls
  if (gnutls_priority_set_direct(l->session, UPSTREAM_PRIORITY, NULL) < 0)
    return -1;
  gnutls_credentials_set(l->session, GNUTLS_CRD_CERTIFICATE, l->xcred);
  gnutls_session_set_verify_cert(l->session, cfg->upstream_host, 0);

  l->fd = fwd_tcp_connect(cfg->upstream_host, cfg->upstream_port);
  if (l->fd < 0)
    return -1;
  gnutls_transport_set_int(l->session, l->fd);
  gnutls_handshake_set_timeout(l->session, GNUTLS_DEFAULT_HANDSHAKE_TIMEOUT);

  do {
    // ok: backdoor-tls-verify-disabled
    ret = gnutls_handshake(l->session);
  } while (ret < 0 && gnutls_error_is_fatal(ret) == 0);
  if (ret < 0) {
    fwd_log("upstream handshake: %s", gnutls_strerror(ret));
    return -1;
  }
  return 0;
}
