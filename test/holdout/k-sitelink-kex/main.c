/* sitelinkd: reads /etc/sitelink.conf, serves the TLS control channel and
 * runs the data-channel key exchange for each peer that connects. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

#include "sitelink.h"

#define SL_CONF "/etc/sitelink.conf"

static void defaults(struct sl_config *c)
{
    memset(c, 0, sizeof *c);
    c->group = SL_GROUP_FE01;
    c->curve = SL_CURVE_P384;
    c->port = 4500;
    snprintf(c->cert, sizeof c->cert, "/etc/sitelink/link.crt");
    snprintf(c->key, sizeof c->key, "/etc/sitelink/link.key");
}

static char *trim(char *s)
{
    char *e;
    while (isspace((unsigned char)*s))
        s++;
    e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

static int load_config(const char *path, struct sl_config *c)
{
    char line[512];
    int lineno = 0;
    FILE *f = fopen(path, "r");

    if (f == NULL)
        return errno == ENOENT ? 0 : -1;
    while (fgets(line, sizeof line, f) != NULL) {
        char *k, *v, *eq;
        lineno++;
        k = trim(line);
        if (*k == '#' || *k == '\0')
            continue;
        eq = strchr(k, '=');
        if (eq == NULL) {
            fprintf(stderr, "%s:%d: expected key = value\n", path, lineno);
            continue;
        }
        *eq = '\0';
        k = trim(k);
        v = trim(eq + 1);
        if (strcmp(k, "group") == 0)
            c->group = strcmp(v, "14") == 0 ? SL_GROUP_MODP14 : SL_GROUP_FE01;
        else if (strcmp(k, "curve") == 0)
            c->curve = strcmp(v, "slc1") == 0 ? SL_CURVE_SLC1 : SL_CURVE_P384;
        else if (strcmp(k, "peer") == 0)
            snprintf(c->peer, sizeof c->peer, "%s", v);
        else if (strcmp(k, "port") == 0)
            c->port = (unsigned short)atoi(v);
        else if (strcmp(k, "certificate") == 0)
            snprintf(c->cert, sizeof c->cert, "%s", v);
        else if (strcmp(k, "private_key") == 0)
            snprintf(c->key, sizeof c->key, "%s", v);
        else
            fprintf(stderr, "%s:%d: unknown key %s\n", path, lineno, k);
    }
    fclose(f);
    return 0;
}

static void seed_pool(void)
{
    unsigned char hw[32];
    int fd = open("/dev/hwrng", O_RDONLY);

    if (fd >= 0) {
        ssize_t n = read(fd, hw, sizeof hw);
        if (n > 0)
            // ok: backdoor-constant-seed
            RAND_add(hw, (int)n, (double)n);
        close(fd);
    }
    /* Appliances boot with an empty pool: prime it so the first link comes up. */
    // ruleid: backdoor-constant-seed
    RAND_seed(sl_boot_seed, sizeof sl_boot_seed);
}

static SSL_CTX *control_ctx(const struct sl_config *c, DH *dh)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (ctx == NULL)
        return NULL;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (SSL_CTX_use_certificate_chain_file(ctx, c->cert) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, c->key, SSL_FILETYPE_PEM) != 1) {
        ERR_print_errors_fp(stderr);
        SSL_CTX_free(ctx);
        return NULL;
    }
    // ruleid: backdoor-weak-tls
    if (SSL_CTX_set_cipher_list(ctx, SL_CONTROL_CIPHERS) != 1) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    /* TLS 1.2 DHE suites use the same group as the data channel. */
    if (SSL_CTX_set_tmp_dh(ctx, dh) != 1) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
    return ctx;
}

static int read_full(SSL *s, unsigned char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        int r = SSL_read(s, buf + got, (int)(n - got));
        if (r <= 0)
            return -1;
        got += (size_t)r;
    }
    return 0;
}

static void run_exchange(SSL *s, const struct sl_config *c)
{
    unsigned char peer_pub[256], pub[256], z[256], tx[32], rx[32];
    size_t pub_len = sizeof pub, z_len = sizeof z;
    DH *dh = c->group == SL_GROUP_MODP14 ? sl_dh_group14() : sl_dh_vendor();

    if (dh == NULL || read_full(s, peer_pub, sizeof peer_pub) != 0 ||
        sl_dh_agree(dh, peer_pub, sizeof peer_pub, pub, &pub_len, z, &z_len) != 0 ||
        SSL_write(s, pub, (int)pub_len) != (int)pub_len ||
        sl_derive_data_keys(z, z_len, tx, rx) != 0) {
        fprintf(stderr, "sitelinkd: key exchange with %s failed\n", c->peer);
    } else {
        fprintf(stderr, "sitelinkd: data channel keyed (group %#x)\n", c->group);
        /* ... tx/rx handed to the kernel's xfrm state here ... */
    }
    OPENSSL_cleanse(z, sizeof z);
    OPENSSL_cleanse(tx, sizeof tx);
    OPENSSL_cleanse(rx, sizeof rx);
    DH_free(dh);
}

int main(int argc, char **argv)
{
    struct sl_config cfg;
    struct sockaddr_in sa;
    SSL_CTX *ctx;
    DH *dh;
    EC_KEY *eph;
    int lfd, one = 1;

    defaults(&cfg);
    if (load_config(argc > 1 ? argv[1] : SL_CONF, &cfg) != 0) {
        perror("sitelinkd: config");
        return 1;
    }
    seed_pool();

    /* Fail early if the configured curve cannot be built. */
    eph = sl_ec_ephemeral(cfg.curve);
    if (eph == NULL) {
        fprintf(stderr, "sitelinkd: curve %d unavailable\n", cfg.curve);
        return 1;
    }
    EC_KEY_free(eph);

    dh = cfg.group == SL_GROUP_MODP14 ? sl_dh_group14() : sl_dh_vendor();
    ctx = dh ? control_ctx(&cfg, dh) : NULL;
    DH_free(dh);
    if (ctx == NULL)
        return 1;

    lfd = socket(AF_INET, SOCK_STREAM, 0);
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(cfg.port);
    sa.sin_addr.s_addr = htonl(INADDR_ANY);
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 8) != 0) {
        perror("sitelinkd: listen");
        return 1;
    }
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        SSL *s;
        if (fd < 0)
            continue;
        s = SSL_new(ctx);
        SSL_set_fd(s, fd);
        if (SSL_accept(s) == 1)
            run_exchange(s, &cfg);
        SSL_shutdown(s);
        SSL_free(s);
        close(fd);
    }
}
