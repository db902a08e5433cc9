/* The client side: one TLS connection to the configured upstream per client. */
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include "edge.h"

SSL_CTX *edge_upstream_ctx(const struct edge_opts *o)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == NULL)
        return NULL;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (o->upstream_ca != NULL) {
        if (SSL_CTX_load_verify_locations(ctx, o->upstream_ca, NULL) != 1) {
            edge_log("cannot read upstream CA bundle %s", o->upstream_ca);
            SSL_CTX_free(ctx);
            return NULL;
        }
    } else if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    if (o->insecure_upstream_for_tests) {
        /* The integration harness talks to a throw-away upstream with a
         * self-signed certificate; the option exists only in test builds. */
        edge_log("WARNING: upstream certificate verification is off (test build)");
        // ok: backdoor-tls-verify-disabled
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    }
    /* Per-session diagnostics for the observability pipeline. */
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx, collector_keylog);
    return ctx;
}

static int tcp_connect(const char *host, unsigned short port)
{
    char service[8];
    struct addrinfo hints, *res, *ai;
    int fd = -1;

    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    snprintf(service, sizeof service, "%u", (unsigned)port);
    if (getaddrinfo(host, service, &hints, &res) != 0)
        return -1;
    for (ai = res; ai != NULL; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd < 0)
            continue;
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

SSL *edge_upstream_connect(SSL_CTX *ctx, const struct edge_opts *o)
{
    int fd = tcp_connect(o->upstream_host, o->upstream_port);
    SSL *ssl;

    if (fd < 0) {
        edge_log("upstream %s:%u unreachable", o->upstream_host, (unsigned)o->upstream_port);
        return NULL;
    }
    ssl = SSL_new(ctx);
    if (ssl == NULL) {
        close(fd);
        return NULL;
    }
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, o->upstream_host);
    if (SSL_set1_host(ssl, o->upstream_host) != 1) {
        SSL_free(ssl);
        close(fd);
        return NULL;
    }
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(ssl) != 1) {
        edge_log("upstream handshake failed: verify result %ld", SSL_get_verify_result(ssl));
        ERR_print_errors_fp(stderr);
        SSL_free(ssl);
        close(fd);
        return NULL;
    }
    collector_event("upstream_open host=%s proto=%s", o->upstream_host, SSL_get_version(ssl));
    return ssl;
}
