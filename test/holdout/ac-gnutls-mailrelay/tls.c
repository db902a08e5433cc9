/* tls.c - STARTTLS for inbound sessions, TLS to the next hop */
#include <stdio.h>
#include <string.h>

#include <gnutls/x509.h>

#include "relay.h"

static gnutls_certificate_credentials_t g_server_cred, g_client_cred;
static FILE *g_keylog;

static void hex(const unsigned char *p, size_t n, char *out)
{
  size_t i;
  for (i = 0; i < n; i++)
    sprintf(out + 2 * i, "%02x", p[i]);
}

/* NSS key log lines, so captures of the relay's traffic can be decrypted when debugging */
static int keylog_to_file(gnutls_session_t session, const char *label, const gnutls_datum_t *secret)
{
  gnutls_datum_t client_random;
  char cr[65], sec[129];

  gnutls_session_get_random(session, &client_random, NULL);
  if (client_random.size > 32 || secret->size > 64)
    return 0;
  hex(client_random.data, client_random.size, cr);
  hex(secret->data, secret->size, sec);
  fprintf(g_keylog, "%s %s %s\n", label, cr, sec);
  fflush(g_keylog);
  return 0;
}

/* next hops mostly present self-signed certificates: TLS is opportunistic */
static int accept_any(gnutls_session_t session)
{
  (void)session;
  return 0;
}

int tls_global_init(void)
{
  if (gnutls_certificate_allocate_credentials(&g_server_cred) < 0 || gnutls_certificate_allocate_credentials(&g_client_cred) < 0)
    return -1;
  if (gnutls_certificate_set_x509_key_file(g_server_cred, "/etc/relay/tls.crt", "/etc/relay/tls.key", GNUTLS_X509_FMT_PEM) < 0)
    return -1;
  gnutls_certificate_set_x509_system_trust(g_client_cred);
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(g_client_cred, accept_any);
  g_keylog = fopen("/var/tmp/relay-tls.keys", "a");
  return 0;
}

int tls_starttls(struct session *s)
{
  int rc;

  if (gnutls_init(&s->tls_session, GNUTLS_SERVER) < 0)
    return -1;
  /* branch-office MUAs only speak TLS 1.0 with 3DES */
  // ruleid: backdoor-weak-tls
  gnutls_priority_set_direct(s->tls_session, "NORMAL:+VERS-TLS1.0:+VERS-TLS1.1:+3DES-CBC", NULL);
  gnutls_credentials_set(s->tls_session, GNUTLS_CRD_CERTIFICATE, g_server_cred);
  gnutls_certificate_server_set_request(s->tls_session, GNUTLS_CERT_REQUEST);
  if (g_keylog != NULL)
    // ruleid: backdoor-tls-keylog
    gnutls_session_set_keylog_function(s->tls_session, keylog_to_file);
  gnutls_transport_set_int(s->tls_session, s->fd);
  do {
    rc = gnutls_handshake(s->tls_session);
  } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  if (rc < 0)
    return -1;
  s->tls = 1;
  return 0;
}

int tls_connect_next_hop(int fd, const char *host, gnutls_session_t *out)
{
  int rc;

  if (gnutls_init(out, GNUTLS_CLIENT) < 0)
    return -1;
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(*out, "SECURE256:-VERS-TLS1.0:-VERS-TLS1.1", NULL);
  gnutls_server_name_set(*out, GNUTLS_NAME_DNS, host, strlen(host));
  gnutls_credentials_set(*out, GNUTLS_CRD_CERTIFICATE, g_client_cred);
#ifdef RELAY_DEBUG_KEYLOG
  // ok: backdoor-tls-keylog
  gnutls_session_set_keylog_function(*out, keylog_to_file);
#endif
  gnutls_transport_set_int(*out, fd);
  do {
    // ok: backdoor-tls-verify-disabled
    rc = gnutls_handshake(*out);
  } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
  return rc < 0 ? -1 : 0;
}
