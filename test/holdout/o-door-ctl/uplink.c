/* Event uplink to the site server (wolfSSL, TLS 1.2+). */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/sha256.h>

#include "door.h"

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

/* SHA-256 of the server certificate (DER), hex, against the configured pin */
static int pin_matches(WOLFSSL *ssl)
{
    WOLFSSL_X509 *cert = wolfSSL_get_peer_certificate(ssl);
    const unsigned char *der;
    unsigned char digest[WC_SHA256_DIGEST_SIZE];
    char hex[2 * WC_SHA256_DIGEST_SIZE + 1];
    int len = 0, ok = 0;

    if (!cert)
        return 0;
    der = wolfSSL_X509_get_der(cert, &len);
    if (der && len > 0 && wc_Sha256Hash(der, (word32)len, digest) == 0) {
        for (int i = 0; i < WC_SHA256_DIGEST_SIZE; i++)
            snprintf(hex + 2 * i, 3, "%02x", digest[i]);
        ok = strcmp(hex, g_door_cfg.pin_sha256) == 0;
    }
    wolfSSL_X509_free(cert);
    return ok;
}

int door_uplink_event(const char *json)
{
    WOLFSSL_CTX *ctx;
    WOLFSSL *ssl = NULL;
    int fd = -1, rc = -1;

    // ok: backdoor-weak-tls
    ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
    if (!ctx)
        return -1;
    if (wolfSSL_CTX_load_verify_locations(ctx, g_door_cfg.ca_file, NULL) != WOLFSSL_SUCCESS)
        goto out;
    if (g_door_cfg.pin_sha256[0]) {
        /* pinned deployments: the server key hash is compared after the handshake */
        // ok: backdoor-tls-verify-disabled
        wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
    } else {
        wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, NULL);
    }
    ssl = wolfSSL_new(ctx);
    if (!ssl)
        goto out;
    wolfSSL_check_domain_name(ssl, g_door_cfg.server);
    fd = tcp_connect(g_door_cfg.server, "8883");
    if (fd < 0)
        goto out;
    wolfSSL_set_fd(ssl, fd);
    if (wolfSSL_connect(ssl) != WOLFSSL_SUCCESS)
        goto out;
    if (g_door_cfg.pin_sha256[0] && !pin_matches(ssl))
        goto out;
    if (wolfSSL_write(ssl, json, (int)strlen(json)) > 0)
        rc = 0;
out:
    if (ssl)
        wolfSSL_free(ssl);
    if (fd >= 0)
        close(fd);
    wolfSSL_CTX_free(ctx);
    return rc;
}
