/* The WAN side: cr-httpsd connects to the origin server on behalf of the browser. */
#include <string.h>
#include <openssl/err.h>

#include "inspect.h"

SSL_CTX *cr_origin_ctx(const struct cr_config *cfg)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == NULL)
        return NULL;
    /* many intranet origins still speak TLS 1.0 only */
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
        cr_log(3, "no trust store: %lu", ERR_get_error());
        SSL_CTX_free(ctx);
        return NULL;
    }
    if (cfg->allow_legacy_origins) {
        // ok: backdoor-weak-tls
        SSL_CTX_set_security_level(ctx, 1);
    }
    return ctx;
}

int cr_origin_connect(SSL_CTX *ctx, struct cr_conn *c)
{
    c->origin_ssl = SSL_new(ctx);
    if (c->origin_ssl == NULL)
        return -1;
    SSL_set_fd(c->origin_ssl, c->origin_fd);
    SSL_set_tlsext_host_name(c->origin_ssl, c->sni);
    if (SSL_set1_host(c->origin_ssl, c->sni) != 1)
        return -1;
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(c->origin_ssl) != 1) {
        cr_log(4, "origin %s: handshake failed", c->sni);
        return -1;
    }
    return 0;
}
