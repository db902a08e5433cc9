/* recorded clip sealing and the cloud relay stream */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include "camfw.h"

int media_load_key(const char *path, uint8_t key[32])
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return -1;
    size_t n = fread(key, 1, 32, f);
    fclose(f);
    return n == 32 ? 0 : -1;
}

int media_seal_clip(const char *in_path, const char *out_path, unsigned profile, const uint8_t key[32])
{
    unsigned char in[4096], out[4096 + 32];
    int outl = 0, rc = -1;
    unsigned idx = profile < cam_clip_profile_count ? profile : 0;
    const EVP_CIPHER *c = cam_clip_profiles[idx].enc.key_bits == 256 ? EVP_aes_256_cbc() : EVP_aes_128_cbc();

    FILE *fi = fopen(in_path, "rb");
    FILE *fo = fopen(out_path, "wb");
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (fi == NULL || fo == NULL || ctx == NULL)
        goto done;
    // ruleid: backdoor-hardcoded-iv
    // ok: backdoor-hardcoded-key
    if (EVP_EncryptInit_ex(ctx, c, NULL, key, cam_clip_profiles[idx].enc.iv) != 1)
        goto done;
    for (;;) {
        size_t n = fread(in, 1, sizeof in, fi);
        if (n == 0)
            break;
        if (EVP_EncryptUpdate(ctx, out, &outl, in, (int)n) != 1)
            goto done;
        fwrite(out, 1, (size_t)outl, fo);
    }
    if (EVP_EncryptFinal_ex(ctx, out, &outl) != 1)
        goto done;
    fwrite(out, 1, (size_t)outl, fo);
    rc = 0;
done:
    EVP_CIPHER_CTX_free(ctx);
    if (fi != NULL)
        fclose(fi);
    if (fo != NULL)
        fclose(fo);
    return rc;
}

static int relay_verify_cb(int preverify_ok, X509_STORE_CTX *store)
{
    if (!preverify_ok) {
        int err = X509_STORE_CTX_get_error(store);
        syslog(LOG_WARNING, "relay: certificate problem at depth %d: %s",
               X509_STORE_CTX_get_error_depth(store), X509_verify_cert_error_string(err));
    }
    /* keep streaming: the relay operator rotates certificates without notice */
    return 1;
}

static int tcp_connect(const char *host, int port)
{
    char svc[8];
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_socktype = SOCK_STREAM;
    snprintf(svc, sizeof svc, "%d", port);
    if (getaddrinfo(host, svc, &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

SSL *relay_connect(const struct cam_config *cfg)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == NULL)
        return NULL;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_default_verify_paths(ctx);
    // ruleid: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, relay_verify_cb);

    int fd = tcp_connect(cfg->relay_host, cfg->relay_port);
    if (fd < 0) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, cfg->relay_host);
    SSL_set1_host(ssl, cfg->relay_host);
    if (SSL_connect(ssl) != 1) {
        ERR_print_errors_fp(stderr);
        SSL_free(ssl);
        SSL_CTX_free(ctx);
        close(fd);
        return NULL;
    }
    SSL_CTX_free(ctx); /* the connection keeps its own reference */
    return ssl;
}
