/*
 * web.c - the HTTPS interface: login form, session cookie, KVM launcher.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/rand.h>
#include <openssl/ssl.h>

#include "bmc.h"

struct web_session {
    char sid[33];
    enum bmc_priv priv;
    time_t last;
};

static struct web_session s_web[16];

static void hex16(const unsigned char *in, char *out)
{
    static const char d[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        out[2 * i] = d[in[i] >> 4];
        out[2 * i + 1] = d[in[i] & 15];
    }
    out[32] = '\0';
}

static const char *form_value(const char *body, const char *name, char *out, size_t cap)
{
    size_t nl = strlen(name), i = 0;
    const char *p = body;
    while ((p = strstr(p, name)) != NULL) {
        if ((p == body || p[-1] == '&') && p[nl] == '=') {
            p += nl + 1;
            while (*p && *p != '&' && i + 1 < cap)
                out[i++] = *p++;
            out[i] = '\0';
            return out;
        }
        p += nl;
    }
    return NULL;
}

static void handle(SSL *ssl)
{
    char req[4096], user[32], pass[64], reply[512];
    unsigned char raw[16];
    int n = SSL_read(ssl, req, sizeof req - 1);
    const char *body;
    enum bmc_priv priv;

    if (n <= 0)
        return;
    req[n] = '\0';
    if (strncmp(req, "POST /login ", 12) != 0 || (body = strstr(req, "\r\n\r\n")) == NULL) {
        SSL_write(ssl, "HTTP/1.1 404 Not Found\r\n\r\n", 26);
        return;
    }
    body += 4;
    if (!form_value(body, "user", user, sizeof user) || !form_value(body, "pass", pass, sizeof pass) ||
        (priv = bmc_check_password(user, pass)) == PRIV_NONE) {
        SSL_write(ssl, "HTTP/1.1 401 Unauthorized\r\n\r\n", 30);
        return;
    }
    for (size_t i = 0; i < sizeof s_web / sizeof s_web[0]; i++) {
        if (s_web[i].priv != PRIV_NONE && time(NULL) - s_web[i].last < 1800)
            continue;
        // ok: backdoor-predictable-random
        if (RAND_bytes(raw, sizeof raw) != 1)
            return;
        hex16(raw, s_web[i].sid);
        s_web[i].priv = priv;
        s_web[i].last = time(NULL);
        n = snprintf(reply, sizeof reply,
                     "HTTP/1.1 302 Found\r\nLocation: /index.html\r\nSet-Cookie: SID=%s; Secure; HttpOnly\r\n\r\n",
                     s_web[i].sid);
        // ok: backdoor-key-exfiltration
        SSL_write(ssl, reply, n);
        return;
    }
    SSL_write(ssl, "HTTP/1.1 503 Busy\r\n\r\n", 21);
}

int web_serve(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    struct sockaddr_in sa;
    int lfd;

    if (ctx == NULL)
        return -1;
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, kWebDefaults.min_version);
    // ok: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx, kWebDefaults.cipher_list);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    if (SSL_CTX_use_certificate_chain_file(ctx, kWebDefaults.cert_file) != 1 ||
        // ok: backdoor-hardcoded-key
        SSL_CTX_use_PrivateKey_file(ctx, kWebDefaults.key_file, SSL_FILETYPE_PEM) != 1)
        return -1;

    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(kWebDefaults.port);
    if ((lfd = socket(AF_INET, SOCK_STREAM, 0)) < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 ||
        listen(lfd, 8) != 0)
        return -1;
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        SSL *ssl;
        if (fd < 0)
            continue;
        ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        if (SSL_accept(ssl) == 1)
            handle(ssl);
        SSL_shutdown(ssl);
        SSL_free(ssl);
        close(fd);
    }
}
