/*
 * tlsprobe - connects to a server with minitransport and reports the
 * negotiated version and suite. usage: tlsprobe HOST PORT [CLIENT-KEY.pem]
 */
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/pem.h>

#include "sslContext.h"

static int connect_to(const char *host, const char *port)
{
    struct addrinfo hints, *res, *ai;
    int fd = -1;

    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
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

int main(int argc, char **argv)
{
    SSLContext ctx;
    OSStatus err;

    if (argc < 3) {
        fprintf(stderr, "usage: tlsprobe HOST PORT [CLIENT-KEY.pem]\n");
        return 2;
    }
    memset(&ctx, 0, sizeof ctx);
    ctx.peerName = argv[1];
    ctx.maxProtocolVersion = TLS_Version_1_2;
    if (argc > 3) {
        FILE *fp = fopen(argv[3], "r");
        if (fp == NULL) {
            perror(argv[3]);
            return 1;
        }
        // ok: backdoor-hardcoded-key
        ctx.signingPrivKey = PEM_read_PrivateKey(fp, NULL, NULL, NULL);
        fclose(fp);
    }
    ctx.sock = connect_to(argv[1], argv[2]);
    if (ctx.sock < 0) {
        fprintf(stderr, "tlsprobe: cannot connect to %s:%s\n", argv[1], argv[2]);
        return 1;
    }
    err = SSLHandshake(&ctx);
    if (err != errSecSuccess) {
        sslErrorLog("handshake with %s failed: %d\n", argv[1], (int)err);
        close(ctx.sock);
        return 1;
    }
    printf("%s: version 0x%04x, suite 0x%04x\n", argv[1], ctx.negProtocolVersion, ctx.selectedCipher);
    err = sslWriteRecord(&ctx, 21, (const uint8_t *)"\x01\x00", 2);
    close(ctx.sock);
    return err == errSecSuccess ? 0 : 1;
}
