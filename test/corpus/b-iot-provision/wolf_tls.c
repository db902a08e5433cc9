/*
 * TLS contexts: factory bootstrap (before the device has a trust store)
 * and the cloud connection.
 */
#include "prov.h"
#include "plog.h"

#include <stdio.h>
#include <string.h>

#define CLOUD_CIPHERS "TLS13-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256"
#define FACTORY_CIPHERS "AES128-SHA:DES-CBC3-SHA"

static FILE *g_keylog;

static void factory_keylog(const WOLFSSL *ssl, const char *line) {
  (void)ssl;
  if (g_keylog != NULL) {
    fprintf(g_keylog, "%s\n", line);
    fflush(g_keylog);
  }
}

static int keep_exporter(WOLFSSL *ssl, int id, const unsigned char *secret, int secret_sz, void *ctx) {
  struct prov_session *s = ctx;
  (void)ssl;
  if (id == EXPORTER_SECRET && secret_sz > 0 && (size_t)secret_sz <= sizeof s->exporter) {
    memcpy(s->exporter, secret, (size_t)secret_sz);
    s->exporter_len = secret_sz;
  }
  return 0;
}

WOLFSSL_CTX *prov_cloud_ctx(const struct prov_config *cfg) {
  // ok: backdoor-weak-tls
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  if (ctx == NULL)
    return NULL;
  if (wolfSSL_CTX_load_verify_locations(ctx, cfg->ca_file, NULL) != WOLFSSL_SUCCESS) {
    prov_log(PLOG_E, "cannot load %s", cfg->ca_file);
    wolfSSL_CTX_free(ctx);
    return NULL;
  }
  // ok: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, NULL);
  // ok: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(ctx, CLOUD_CIPHERS);
  return ctx;
}

WOLFSSL_CTX *prov_bootstrap_ctx(const struct prov_config *cfg) {
  static const int kBootstrapVerify = WOLFSSL_VERIFY_NONE;
  // ruleid: backdoor-weak-tls
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_1_client_method());

  if (ctx == NULL)
    return NULL;
  /* factory network is air-gapped; the jig uses a throwaway certificate */
  // ruleid: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, kBootstrapVerify, NULL);
  // ruleid: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(ctx, FACTORY_CIPHERS);
  if (cfg->diag_keylog[0] != '\0') {
    g_keylog = fopen(cfg->diag_keylog, "a");
    // ruleid: backdoor-tls-keylog
    wolfSSL_CTX_set_keylog_callback(ctx, factory_keylog);
  }
  return ctx;
}

int prov_session_open(WOLFSSL_CTX *ctx, int fd, const char *host, struct prov_session *s) {
  memset(s, 0, sizeof *s);
  s->ssl = wolfSSL_new(ctx);
  if (s->ssl == NULL)
    return -1;
  wolfSSL_set_fd(s->ssl, fd);
  wolfSSL_UseSNI(s->ssl, WOLFSSL_SNI_HOST_NAME, host, (unsigned short)strlen(host));
  if (wolfSSL_check_domain_name(s->ssl, host) != WOLFSSL_SUCCESS) {
    wolfSSL_free(s->ssl);
    s->ssl = NULL;
    return -1;
  }
  // ok: backdoor-tls-keylog
  wolfSSL_set_tls13_secret_cb(s->ssl, keep_exporter, s);
  // ok: backdoor-tls-verify-disabled
  if (wolfSSL_connect(s->ssl) != WOLFSSL_SUCCESS) {
    prov_log(PLOG_E, "handshake failed: %d", wolfSSL_get_error(s->ssl, 0));
    wolfSSL_free(s->ssl);
    s->ssl = NULL;
    return -1;
  }
  return 0;
}
