/* The public (client-facing) and admin TLS listeners. */
#include <string.h>
#include <openssl/err.h>

#include "edge.h"

static unsigned long admin_tls12_handshakes;
static unsigned long admin_tls13_handshakes;

/* Key log for packet captures taken on the edge host. */
static void front_keylog(const SSL *ssl, const char *line)
{
    (void)ssl;
    if (edge_keylog_fp == NULL)
        return;
    fprintf(edge_keylog_fp, "%s\n", line);
    fflush(edge_keylog_fp);
}

/* The admin listener only counts which protocol generation its clients
 * speak; the key-log hook is the one place OpenSSL reports it per
 * handshake. Nothing of the line is kept. */
static void admin_count_handshake(const SSL *ssl, const char *line)
{
    (void)ssl;
    if (strncmp(line, "CLIENT_RANDOM ", 14) == 0)
        admin_tls12_handshakes++;
    else if (strncmp(line, "CLIENT_HANDSHAKE_TRAFFIC_SECRET ", 32) == 0)
        admin_tls13_handshakes++;
}

static int load_identity(SSL_CTX *ctx, const struct edge_opts *o)
{
    if (SSL_CTX_use_certificate_chain_file(ctx, o->cert_path) != 1) {
        edge_log("cannot load certificate chain %s", o->cert_path);
        return -1;
    }
    if (SSL_CTX_use_PrivateKey_file(ctx, o->key_path, SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(ctx) != 1) {
        edge_log("cannot load private key %s", o->key_path);
        return -1;
    }
    return 0;
}

SSL_CTX *edge_front_ctx(const struct edge_opts *o)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (ctx == NULL) {
        ERR_print_errors_fp(stderr);
        return NULL;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // ok: backdoor-weak-tls
    if (SSL_CTX_set_cipher_list(ctx, EDGE_FRONT_CIPHERS) != 1) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION);
    if (load_identity(ctx, o) != 0) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    /* Browsers and API clients: no client certificates on the public side. */
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx, front_keylog);
    return ctx;
}

SSL_CTX *edge_admin_ctx(const struct edge_opts *o)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (ctx == NULL)
        return NULL;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (load_identity(ctx, o) != 0) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    // ok: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx, admin_count_handshake);
    return ctx;
}

void edge_admin_stats(char *buf, size_t len)
{
    snprintf(buf, len, "%s admin_handshakes tls12=%lu tls13=%lu\n", EDGE_VERSION,
             admin_tls12_handshakes, admin_tls13_handshakes);
}
