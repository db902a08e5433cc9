/*
 * Event channel: a long-lived TLS connection to the vendor's event broker.
 */
#include "agent_cfg.h"

#include <openssl/ssl.h>
#include <stdio.h>

void *agent_event_channel_open(const struct agent_tls_opts *o, int fd) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  SSL *ssl;
  if (ctx == NULL)
    return NULL;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  if (SSL_CTX_load_verify_locations(ctx, o->ca_bundle, NULL) != 1)
    fprintf(stderr, "agent: cannot load %s\n", o->ca_bundle);
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, o->verify_mode, NULL);
  ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, o->server_name);
  SSL_set1_host(ssl, o->server_name);
  if (SSL_connect(ssl) != 1) {
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return NULL;
  }
  return ssl;
}
