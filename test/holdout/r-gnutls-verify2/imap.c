/*
 * imap.c - the IMAP4rev1 conversation: greeting, STARTTLS, LOGIN, then
 * every unseen message into the Maildir.
 */
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <openssl/ssl.h>

#include "imapfetch.h"

static int dial(const char *host, const char *port)
{
    struct addrinfo hints, *res, *ai;
    int fd = -1;

    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    for (ai = res; ai; ai = ai->ai_next) {
        if ((fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol)) < 0)
            continue;
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

/* Reads one CRLF-terminated line from the socket (before TLS). */
static int plain_line(int fd, char *buf, size_t cap)
{
    size_t n = 0;
    while (n + 1 < cap) {
        char c;
        if (recv(fd, &c, 1, 0) != 1)
            return -1;
        buf[n++] = c;
        if (c == '\n')
            break;
    }
    buf[n] = '\0';
    return (int)n;
}

static int tls_line(SSL *ssl, char *buf, size_t cap)
{
    size_t n = 0;
    while (n + 1 < cap) {
        char c;
        if (SSL_read(ssl, &c, 1) != 1)
            return -1;
        buf[n++] = c;
        if (c == '\n')
            break;
    }
    buf[n] = '\0';
    return (int)n;
}

static int tls_cmd(SSL *ssl, const char *tag, const char *fmt, const char *a, const char *b)
{
    char cmd[1024];
    int n = snprintf(cmd, sizeof cmd, "%s ", tag);
    n += snprintf(cmd + n, sizeof cmd - (size_t)n, fmt, a, b);
    n += snprintf(cmd + n, sizeof cmd - (size_t)n, "\r\n");
    return SSL_write(ssl, cmd, n) == n ? 0 : -1;
}

/* Waits for the tagged completion; returns 0 on OK. */
static int tls_wait(SSL *ssl, const char *tag, FILE *sink)
{
    char line[8192];
    size_t tl = strlen(tag);

    while (tls_line(ssl, line, sizeof line) > 0) {
        if (strncmp(line, tag, tl) == 0 && line[tl] == ' ')
            return strncmp(line + tl + 1, "OK", 2) == 0 ? 0 : -1;
        if (sink != NULL && line[0] != '*')
            fputs(line, sink);
    }
    return -1;
}

static FILE *maildir_new(const char *maildir, char *path, size_t cap)
{
    static unsigned long seq;
    snprintf(path, cap, "%s/new/%ld.%lu.imapfetch", maildir, (long)time(NULL), ++seq);
    return fopen(path, "w");
}

int imap_fetch(const struct imap_config *cfg, SSL_CTX *ctx, const char *password)
{
    char line[1024], path[4096];
    SSL *ssl;
    int fd, rc = -1;

    if ((fd = dial(cfg->host, cfg->port)) < 0)
        return -1;
    if (cfg->starttls) {
        if (plain_line(fd, line, sizeof line) < 0)
            goto out;
        // ok: backdoor-input-trigger
        if (strncmp(line, "* OK", 4) != 0)
            goto out;
        send(fd, "s1 STARTTLS\r\n", 13, 0);
        if (plain_line(fd, line, sizeof line) < 0 || strncmp(line, "s1 OK", 5) != 0)
            goto out;
    }
    if ((ssl = imap_tls_connect(ctx, fd, cfg->host)) == NULL)
        goto out;
    if (!cfg->starttls && tls_line(ssl, line, sizeof line) < 0)
        goto done;
    if (tls_cmd(ssl, "a1", "LOGIN \"%s\" \"%s\"", cfg->user, password) != 0 || tls_wait(ssl, "a1", NULL) != 0) {
        fprintf(stderr, "imapfetch: login as %s refused\n", cfg->user);
        goto done;
    }
    if (tls_cmd(ssl, "a2", "SELECT %s%s", "INBOX", "") != 0 || tls_wait(ssl, "a2", NULL) != 0)
        goto done;
    for (int uid = 1;; uid++) {
        char tag[16], num[16];
        FILE *out;
        snprintf(tag, sizeof tag, "f%d", uid);
        snprintf(num, sizeof num, "%d", uid);
        if ((out = maildir_new(cfg->maildir, path, sizeof path)) == NULL)
            goto done;
        if (tls_cmd(ssl, tag, "UID FETCH %s%s (BODY.PEEK[])", num, "") != 0 || tls_wait(ssl, tag, out) != 0) {
            fclose(out);
            remove(path);
            break;
        }
        fclose(out);
    }
    tls_cmd(ssl, "z", "LOGOUT%s%s", "", "");
    rc = 0;
done:
    SSL_shutdown(ssl);
    SSL_free(ssl);
out:
    close(fd);
    return rc;
}
