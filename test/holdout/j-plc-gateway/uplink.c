#include "gw.h"

#include <mbedtls/aes.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

static mbedtls_net_context g_net;
static mbedtls_ssl_context g_ssl;
static mbedtls_ssl_config g_conf;
static mbedtls_ctr_drbg_context g_drbg;
static mbedtls_entropy_context g_entropy;
static mbedtls_x509_crt g_ca;

int uplink_connect(const char *host, const char *port)
{
    static const unsigned char pers[] = "plcgw-uplink";
    struct gw_tls_opts opts;
    int rc;

    gw_tls_defaults(&opts);
    mbedtls_net_init(&g_net);
    mbedtls_ssl_init(&g_ssl);
    mbedtls_ssl_config_init(&g_conf);
    mbedtls_ctr_drbg_init(&g_drbg);
    mbedtls_entropy_init(&g_entropy);
    mbedtls_x509_crt_init(&g_ca);

    // ok: backdoor-constant-seed
    rc = mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy, pers, sizeof pers - 1);
    if (rc != 0)
        return rc;
    rc = mbedtls_ssl_config_defaults(&g_conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                     MBEDTLS_SSL_PRESET_DEFAULT);
    if (rc != 0)
        return rc;
    if (mbedtls_x509_crt_parse_file(&g_ca, opts.ca_path) == 0)
        mbedtls_ssl_conf_ca_chain(&g_conf, &g_ca, NULL);
    // ruleid: backdoor-tls-verify-disabled
    mbedtls_ssl_conf_authmode(&g_conf, opts.verify_mode);
    // ruleid: backdoor-weak-tls
    mbedtls_ssl_conf_min_version(&g_conf, MBEDTLS_SSL_MAJOR_VERSION_3, opts.min_version);
    mbedtls_ssl_conf_rng(&g_conf, mbedtls_ctr_drbg_random, &g_drbg);
    if ((rc = mbedtls_ssl_setup(&g_ssl, &g_conf)) != 0)
        return rc;
    mbedtls_ssl_set_hostname(&g_ssl, host);
    if ((rc = mbedtls_net_connect(&g_net, host, port, MBEDTLS_NET_PROTO_TCP)) != 0)
        return rc;
    mbedtls_ssl_set_bio(&g_ssl, &g_net, mbedtls_net_send, mbedtls_net_recv, NULL);
    while ((rc = mbedtls_ssl_handshake(&g_ssl)) != 0)
        if (rc != MBEDTLS_ERR_SSL_WANT_READ && rc != MBEDTLS_ERR_SSL_WANT_WRITE)
            return rc;
    return 0;
}

/* image layout: 16-byte IV, then AES-256-CBC blocks */
int uplink_decrypt_image(FILE *img, unsigned char *out, size_t cap)
{
    unsigned char iv[16], in[4096];
    mbedtls_aes_context aes;

    if (fread(iv, 1, sizeof iv, img) != sizeof iv)
        return -1;
    size_t n = fread(in, 1, sizeof in < cap ? sizeof in : cap, img);
    n -= n % 16;
    mbedtls_aes_init(&aes);
    // ruleid: backdoor-hardcoded-key
    mbedtls_aes_setkey_dec(&aes, gw_image_key, 256);
    // ok: backdoor-hardcoded-iv
    int rc = mbedtls_aes_crypt_cbc(&aes, MBEDTLS_AES_DECRYPT, n, iv, in, out);
    mbedtls_aes_free(&aes);
    return rc == 0 ? (int)n : -1;
}
