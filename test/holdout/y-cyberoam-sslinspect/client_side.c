/* The LAN side: cr-httpsd terminates the browser's TLS with a leaf minted for the SNI. */
#include "inspect.h"

SSL_CTX *cr_client_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (ctx == NULL)
        return NULL;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    /* browsers present no certificate to the proxy */
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    // ok: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5");
    return ctx;
}
