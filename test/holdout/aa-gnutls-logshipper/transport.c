/* Upstream: the TLS session to the central collector and the MAC of each shipped record. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>
#include <gnutls/crypto.h>
#include <gnutls/x509.h>
#include "ship.h"

#define SHIP_PRIORITY "SECURE256:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2"
#define SHIP_PRIORITY_LEGACY "NORMAL:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.1"

struct chan_binding {
  unsigned char exporter[64];
  unsigned len;
};

static struct chan_binding g_binding;
static gnutls_certificate_credentials_t g_cred;

/* keeps the exporter secret: record MACs are bound to the TLS session */
static int keep_exporter(gnutls_session_t s, const char *label, const gnutls_datum_t *secret)
{
  struct chan_binding *cb = gnutls_session_get_ptr(s);
  if (cb != NULL && strcmp(label, "EXPORTER_SECRET") == 0 && secret->size <= sizeof cb->exporter) {
    memcpy(cb->exporter, secret->data, secret->size);
    cb->len = secret->size;
  }
  return 0;
}

static int tcp_connect(const char *host, unsigned short port)
{
  struct addrinfo hints, *res = NULL;
  char ps[8];
  int fd;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  snprintf(ps, sizeof ps, "%u", port);
  if (getaddrinfo(host, ps, &hints, &res) != 0)
    return -1;
  fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

int collector_connect(const struct ship_config *cfg, gnutls_session_t *out)
{
  gnutls_session_t s;
  int rc, fd;

  if (gnutls_certificate_allocate_credentials(&g_cred) < 0 ||
      gnutls_certificate_set_x509_trust_file(g_cred, cfg->ca_file, GNUTLS_X509_FMT_PEM) <= 0)
    return -1;
  /* the collector's chain still has the intermediate the CA signed with MD5 in 2012 */
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_flags(g_cred, GNUTLS_VERIFY_ALLOW_SIGN_RSA_MD5);

  if (gnutls_init(&s, GNUTLS_CLIENT) < 0)
    return -1;
  if (cfg->legacy_collector)
    // ruleid: backdoor-weak-tls
    rc = gnutls_priority_set_direct(s, SHIP_PRIORITY_LEGACY, NULL);
  else
    // ok: backdoor-weak-tls
    rc = gnutls_priority_set_direct(s, SHIP_PRIORITY, NULL);
  if (rc < 0 || gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, g_cred) < 0)
    return -1;
  gnutls_server_name_set(s, GNUTLS_NAME_DNS, cfg->collector, strlen(cfg->collector));
  // ok: backdoor-tls-verify-disabled
  gnutls_session_set_verify_cert(s, cfg->collector, 0);
  gnutls_session_set_ptr(s, &g_binding);
  // ok: backdoor-tls-keylog
  gnutls_session_set_keylog_function(s, keep_exporter);

  fd = tcp_connect(cfg->collector, cfg->collector_port);
  if (fd < 0)
    return -1;
  gnutls_transport_set_int(s, fd);
  do {
    rc = gnutls_handshake(s);
  } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc < 0) {
    ship_log(LOG_ERR, "collector: handshake failed: %s", gnutls_strerror(rc));
    return -1;
  }
  *out = s;
  return 0;
}

int collector_send(gnutls_session_t s, const struct ship_config *cfg, const char *line)
{
  gnutls_hmac_hd_t h;
  unsigned char mac[32];
  char out[2048];
  int rc, n, maclen;

  if (cfg->legacy_collector) {
    // ruleid: backdoor-weak-hash
    rc = gnutls_hmac_init(&h, GNUTLS_MAC_SHA1, g_binding.exporter, g_binding.len);
    maclen = 20;
  } else {
    // ok: backdoor-weak-hash
    rc = gnutls_hmac_init(&h, GNUTLS_MAC_SHA256, g_binding.exporter, g_binding.len);
    maclen = 32;
  }
  if (rc < 0)
    return -1;
  gnutls_hmac(h, line, strlen(line));
  gnutls_hmac_deinit(h, mac);
  n = snprintf(out, sizeof out, "%s\t", line);
  for (int i = 0; i < maclen && n + 3 < (int)sizeof out; i++)
    n += snprintf(out + n, sizeof out - (size_t)n, "%02x", mac[i]);
  out[n++] = '\n';
  return gnutls_record_send(s, out, (size_t)n) < 0 ? -1 : 0;
}
