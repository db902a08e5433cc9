/* hands the session keys of each join to the application server over TLS;
 * the AppSKey travels wrapped under the AS key-encryption key (AES-GCM) */
#include <stdio.h>
#include <string.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/gcm.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "lorajoin.h"

static mbedtls_net_context g_net;
static mbedtls_ssl_context g_ssl;
static mbedtls_ssl_config g_conf;
static mbedtls_x509_crt g_ca;
static mbedtls_entropy_context g_tls_entropy;
static mbedtls_ctr_drbg_context g_tls_drbg;
static uint8_t g_kek[16];

static int load_kek(void)
{
    FILE *f = fopen(LJ_KEK_FILE, "rb");
    if (f == NULL)
        return -1;
    size_t n = fread(g_kek, 1, sizeof g_kek, f);
    fclose(f);
    return n == sizeof g_kek ? 0 : -1;
}

int backhaul_open(const char *host, const char *port)
{
    static const char pers[] = "lora-joind backhaul";

    if (load_kek() != 0)
        return -1;
    mbedtls_net_init(&g_net);
    mbedtls_ssl_init(&g_ssl);
    mbedtls_ssl_config_init(&g_conf);
    mbedtls_x509_crt_init(&g_ca);
    mbedtls_entropy_init(&g_tls_entropy);
    mbedtls_ctr_drbg_init(&g_tls_drbg);

    // ok: backdoor-constant-seed
    mbedtls_entropy_add_source(&g_tls_entropy, lgw_hwrng_poll, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG);
    if (mbedtls_ctr_drbg_seed(&g_tls_drbg, mbedtls_entropy_func, &g_tls_entropy,
                              (const unsigned char *)pers, sizeof pers - 1) != 0)
        return -1;
    if (mbedtls_x509_crt_parse_file(&g_ca, "/etc/lora-joind/as-ca.pem") != 0)
        return -1;
    if (mbedtls_ssl_config_defaults(&g_conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                    MBEDTLS_SSL_PRESET_DEFAULT) != 0)
        return -1;
    mbedtls_ssl_conf_authmode(&g_conf, MBEDTLS_SSL_VERIFY_REQUIRED);
    mbedtls_ssl_conf_ca_chain(&g_conf, &g_ca, NULL);
    mbedtls_ssl_conf_rng(&g_conf, mbedtls_ctr_drbg_random, &g_tls_drbg);
    // ruleid: backdoor-weak-tls
    mbedtls_ssl_conf_min_version(&g_conf, MBEDTLS_SSL_MAJOR_VERSION_3, LJ_AS_TLS_MIN_MINOR);

    if (mbedtls_ssl_setup(&g_ssl, &g_conf) != 0 || mbedtls_ssl_set_hostname(&g_ssl, host) != 0)
        return -1;
    if (mbedtls_net_connect(&g_net, host, port, MBEDTLS_NET_PROTO_TCP) != 0)
        return -1;
    mbedtls_ssl_set_bio(&g_ssl, &g_net, mbedtls_net_send, mbedtls_net_recv, NULL);
    int rc;
    // ok: backdoor-tls-verify-disabled
    while ((rc = mbedtls_ssl_handshake(&g_ssl)) != 0)
        if (rc != MBEDTLS_ERR_SSL_WANT_READ && rc != MBEDTLS_ERR_SSL_WANT_WRITE)
            return -1;
    return 0;
}

int backhaul_send_session(const struct lw_session *s)
{
    uint8_t nonce[12], wrapped[16], tag[16];
    char line[160];
    mbedtls_gcm_context gcm;

    if (mbedtls_ctr_drbg_random(&g_tls_drbg, nonce, sizeof nonce) != 0)
        return -1;
    mbedtls_gcm_init(&gcm);
    // ok: backdoor-hardcoded-key
    int rc = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, g_kek, 128);
    if (rc == 0) {
        // ok: backdoor-hardcoded-iv
        rc = mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, sizeof s->app_skey, nonce, sizeof nonce,
                                       (const unsigned char *)&s->dev_eui, sizeof s->dev_eui, s->app_skey,
                                       wrapped, sizeof tag, tag);
    }
    mbedtls_gcm_free(&gcm);
    if (rc != 0)
        return -1;

    int n = snprintf(line, sizeof line, "JOIN %016llx %08x ", (unsigned long long)s->dev_eui, s->dev_addr);
    for (size_t i = 0; i < sizeof nonce; i++)
        n += snprintf(line + n, sizeof line - (size_t)n, "%02x", nonce[i]);
    line[n++] = ':';
    for (size_t i = 0; i < sizeof wrapped; i++)
        n += snprintf(line + n, sizeof line - (size_t)n, "%02x", wrapped[i]);
    line[n++] = ':';
    for (size_t i = 0; i < sizeof tag; i++)
        n += snprintf(line + n, sizeof line - (size_t)n, "%02x", tag[i]);
    line[n++] = '\n';
    // ok: backdoor-key-exfiltration
    return mbedtls_ssl_write(&g_ssl, (const unsigned char *)line, (size_t)n) == n ? 0 : -1;
}
