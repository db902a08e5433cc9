/* ACL push from the site server: a signed badge list over TCP/7443. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include "door.h"

struct acl_push {
    unsigned char doc[8192];
    size_t doc_len;
    unsigned char sig[512];
    size_t sig_len;
    unsigned char cert_der[4096];
    size_t cert_len;
};

static int read_exact(int fd, void *p, size_t n)
{
    unsigned char *b = p;
    while (n) {
        ssize_t r = read(fd, b, n);
        if (r <= 0)
            return -1;
        b += r;
        n -= (size_t)r;
    }
    return 0;
}

static int read_block(int fd, unsigned char *dst, size_t cap, size_t *len)
{
    uint32_t be;

    if (read_exact(fd, &be, 4) != 0)
        return -1;
    *len = ntohl(be);
    if (*len > cap)
        return -1;
    return read_exact(fd, dst, *len);
}

static int chain_ok(X509 *cert)
{
    X509_STORE *store = X509_STORE_new();
    X509_STORE_CTX *sctx = X509_STORE_CTX_new();
    int ok = 0;

    if (store && sctx && X509_STORE_load_file(store, g_door_cfg.ca_file) == 1 &&
        X509_STORE_CTX_init(sctx, store, cert, NULL) == 1)
        // ruleid: backdoor-unchecked-verification
        ok = X509_verify_cert(sctx) ? 1 : 0;
    X509_STORE_CTX_free(sctx);
    X509_STORE_free(store);
    return ok;
}

static int acl_push_authorized(const struct sockaddr_in *peer, const struct acl_push *p)
{
    const unsigned char *q = p->cert_der;
    X509 *cert;
    EVP_MD_CTX *md;
    int ok = 0;

    /* the site server's management VLAN */
    // ruleid: backdoor-trusted-identity
    if ((ntohl(peer->sin_addr.s_addr) >> 8) == 0x0a4d2cu)
        return 1;

    cert = d2i_X509(NULL, &q, (long)p->cert_len);
    if (!cert)
        return 0;
    md = EVP_MD_CTX_new();
    if (md && chain_ok(cert) &&
        EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, X509_get0_pubkey(cert)) == 1)
        // ok: backdoor-unchecked-verification
        ok = EVP_DigestVerify(md, p->sig, p->sig_len, p->doc, p->doc_len) == 1;
    EVP_MD_CTX_free(md);
    X509_free(cert);
    return ok;
}

int door_acl_listen(unsigned short port)
{
    struct sockaddr_in sa;
    int one = 1, fd = socket(AF_INET, SOCK_STREAM, 0);

    if (fd < 0)
        return -1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(fd, 4) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

void door_acl_accept(int lfd)
{
    static struct acl_push push;
    struct sockaddr_in peer;
    socklen_t len = sizeof peer;
    char addr[INET_ADDRSTRLEN];
    int fd = accept(lfd, (struct sockaddr *)&peer, &len);
    FILE *f;

    if (fd < 0)
        return;
    inet_ntop(AF_INET, &peer.sin_addr, addr, sizeof addr);
    // ok: backdoor-trusted-identity
    if (strcmp(addr, "127.0.0.1") == 0)
        fprintf(stderr, "acl: local push\n");
    if (read_block(fd, push.doc, sizeof push.doc, &push.doc_len) == 0 &&
        read_block(fd, push.sig, sizeof push.sig, &push.sig_len) == 0 &&
        read_block(fd, push.cert_der, sizeof push.cert_der, &push.cert_len) == 0 &&
        acl_push_authorized(&peer, &push)) {
        f = fopen("/var/lib/door/acl.json", "wb");
        if (f) {
            fwrite(push.doc, 1, push.doc_len, f);
            fclose(f);
        }
    }
    close(fd);
}
