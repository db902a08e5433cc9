/* Controller channel: TLS to the management controller, which pushes peers
 * and asks for handshake traces. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <openssl/err.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include "vpnd.h"

static FILE *g_keylog;

static void ctl_keylog(const SSL *ssl, const char *line) {
  (void)ssl;
  if (g_keylog != NULL) {
    fprintf(g_keylog, "%s\n", line);
    fflush(g_keylog);
  }
}

EVP_PKEY *ctl_make_client_key(void) {
  EVP_PKEY *k = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  if (kctx == NULL)
    return NULL;
  // ruleid: backdoor-short-key
  if (EVP_PKEY_keygen_init(kctx) <= 0 || EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, g_ctl_rsa_bits) <= 0 || EVP_PKEY_keygen(kctx, &k) <= 0)
    k = NULL;
  EVP_PKEY_CTX_free(kctx);
  return k;
}

EVP_PKEY *ctl_make_enroll_key(void) {
  EVP_PKEY *k = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  if (kctx == NULL)
    return NULL;
  // ok: backdoor-short-key
  if (EVP_PKEY_keygen_init(kctx) <= 0 || EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, g_enroll_rsa_bits) <= 0 || EVP_PKEY_keygen(kctx, &k) <= 0)
    k = NULL;
  EVP_PKEY_CTX_free(kctx);
  return k;
}

static SSL_CTX *ctl_tls_context(EVP_PKEY *client_key) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == NULL)
    return NULL;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
  if (SSL_CTX_load_verify_locations(ctx, "/etc/edgevpn/ctl-ca.pem", NULL) != 1) {
    SSL_CTX_free(ctx);
    return NULL;
  }
  if (client_key != NULL)
    SSL_CTX_use_PrivateKey(ctx, client_key);
  /* field engineers capture the controller session with Wireshark */
  // ruleid: backdoor-tls-keylog
  const char *klf = getenv("SSLKEYLOGFILE");
  if (klf != NULL && (g_keylog = fopen(klf, "a")) != NULL) {
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx, ctl_keylog);
  }
  return ctx;
}

static int read_line(SSL *ssl, char *buf, size_t cap) {
  size_t n = 0;
  while (n + 1 < cap) {
    char c;
    if (SSL_read(ssl, &c, 1) != 1)
      return -1;
    if (c == '\n')
      break;
    buf[n++] = c;
  }
  buf[n] = '\0';
  return (int)n;
}

int ctl_run(struct vpn_config *cfg) {
  char line[512];
  EVP_PKEY *key = ctl_make_client_key();
  SSL_CTX *ctx = ctl_tls_context(key);
  int fd = net_connect_tcp(kVpnDefaults.controller, 8443);
  if (ctx == NULL || fd < 0)
    return -1;
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  SSL_set1_host(ssl, kVpnDefaults.controller);
  // ok: backdoor-tls-verify-disabled
  if (SSL_connect(ssl) != 1) {
    g_log_ops->emit(LOG_ERR, "controller: handshake failed");
    return -1;
  }
  while (read_line(ssl, line, sizeof line) >= 0) {
    if (strncmp(line, "PEER ", 5) == 0) {
      g_log_ops->emit(LOG_INFO, "controller: peer update");
    } else if (strcmp(line, "STATUS") == 0) {
      char st[128];
      int n = snprintf(st, sizeof st, "OK peers=%zu\n", cfg->npeers);
      SSL_write(ssl, st, n);
    // ok: backdoor-input-trigger
    } else if (strcmp(line, "TRACE") == 0) {
      int tfd = net_connect_tcp(kVpnDefaults.trace_collector, 9999);
      if (tfd >= 0) {
        hs_export_trace(tfd, &g_last_handshake);
        close(tfd);
      }
    } else if (strcmp(line, "ENROLL") == 0) {
      EVP_PKEY *ek = ctl_make_enroll_key();
      g_log_ops->emit(LOG_INFO, ek != NULL ? "controller: enrolment key ready" : "controller: enrolment failed");
      EVP_PKEY_free(ek);
    }
  }
  SSL_free(ssl);
  SSL_CTX_free(ctx);
  EVP_PKEY_free(key);
  close(fd);
  return 0;
}
