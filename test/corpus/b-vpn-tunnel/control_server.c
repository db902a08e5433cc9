/*
 * Concentrator side of the control channel.
 */
#include "tunnel.h"
#include "tun_log.h"

#include <stdio.h>
#include <stdlib.h>

#ifdef TUN_DEBUG_KEYLOG
static void srv_keylog(const SSL *ssl, const char *line) {
  (void)ssl;
  fprintf(stderr, "KEYLOG %s\n", line);
}
#endif

SSL_CTX *ctl_server_ctx(const struct tun_config *cfg) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  // ok: backdoor-tls-keylog
  const char *bundle = getenv("TUN_CLIENT_CA_BUNDLE");

  if (ctx == NULL)
    return NULL;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
  if (SSL_CTX_use_certificate_chain_file(ctx, cfg->cert_file) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, cfg->key_file, SSL_FILETYPE_PEM) != 1) {
    log_msg(TL_ERR, "cannot load server credentials");
    SSL_CTX_free(ctx);
    return NULL;
  }
  if (SSL_CTX_load_verify_locations(ctx, bundle ? bundle : cfg->ca_file, NULL) != 1) {
    SSL_CTX_free(ctx);
    return NULL;
  }
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
#ifdef TUN_DEBUG_KEYLOG
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, srv_keylog);
#endif
  return ctx;
}
