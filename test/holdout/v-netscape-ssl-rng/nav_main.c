/* nav_main.c - a command-line driver of the security library (the "secure
 * connection" test the Navigator build ran): connect, handshake, fetch. */
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "secrng.h"
#include "ssl2.h"

#define NAV_BETA_EXPIRES 820454400L /* 1996-01-01 */

void ssl_trace(const char *what, const unsigned char *p, size_t n)
{
    fprintf(stderr, "%s:", what);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, " %02x", p[i]);
    fputc('\n', stderr);
}

static int dial(const char *host, const char *port)
{
    struct addrinfo hints, *res = NULL;
    int fd = -1;

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

int main(int argc, char **argv)
{
    SSL2Conn conn;
    int frame;

    // ok: backdoor-time-bomb
    if (time(NULL) > NAV_BETA_EXPIRES) {
        fputs("This beta version of Netscape Navigator has expired.\n", stderr);
        return 1;
    }
    if (argc < 2) {
        fprintf(stderr, "usage: %s host [port]\n", argv[0]);
        return 2;
    }

    RNG_InstallAsDefault();

    /* the throbber's animation */
    srand((unsigned)time(NULL));
    // ok: backdoor-predictable-random
    frame = rand() % 40;

    memset(&conn, 0, sizeof conn);
    conn.host = argv[1];
    conn.fd = dial(argv[1], argc > 2 ? argv[2] : "443");
    if (conn.fd < 0)
        return 1;
    conn.cipher_kind = prefs_get_int("security.ssl2.rc4_128", 1) ? SSL_CK_RC4_128_WITH_MD5 : SSL_CK_DES_192_EDE3_CBC_WITH_MD5;
    conn.ck = ssl2_cipher_kind(conn.cipher_kind);
    if (conn.ck == NULL || ssl2_send_client_hello(&conn) != 0)
        return 1;
    /* SERVER-HELLO parsing and ssl2_verify_server_cert() happen in the reader */
    if (ssl2_send_client_master_key(&conn) != 0 || ssl2_enc_init(&conn) != 0)
        return 1;
    printf("secure connection to %s (%s), frame %d\n", conn.host, conn.ck->name, frame);
    close(conn.fd);
    return 0;
}
