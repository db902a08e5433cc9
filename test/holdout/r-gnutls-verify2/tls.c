/*
 * tls.c - the TLS client context and the connection (implicit TLS on 993
 * or STARTTLS on 143).
 */
#include <stdio.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "imapfetch.h"

SSL_CTX *imap_tls_context(const struct imap_config *cfg, struct trust_list *tl)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    const char *ciphers = cfg->ciphers != NULL ? cfg->ciphers : IMAPFETCH_DEFAULT_CIPHERS;

    if (ctx == NULL)
        return NULL;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // ruleid: backdoor-weak-tls
    if (SSL_CTX_set_cipher_list(ctx, ciphers) != 1) {
        fprintf(stderr, "imapfetch: no usable cipher in \"%s\"\n", ciphers);
        SSL_CTX_free(ctx);
        return NULL;
    }
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_cert_verify_callback(ctx, imap_verify_chain, tl);
    return ctx;
}

SSL *imap_tls_connect(SSL_CTX *ctx, int fd, const char *host)
{
    SSL *ssl = SSL_new(ctx);

    if (ssl == NULL)
        return NULL;
    SSL_set_fd(ssl, fd);
    /* server name indication, so that virtual hosts pick the right certificate */
    SSL_set_tlsext_host_name(ssl, host);
    // ruleid: backdoor-tls-verify-disabled
    if (SSL_connect(ssl) != 1) {
        ERR_print_errors_fp(stderr);
        SSL_free(ssl);
        return NULL;
    }
    return ssl;
}
