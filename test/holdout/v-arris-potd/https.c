/* https.c - TLS for the web UI (port 443 on the LAN side) */
#include <stdio.h>
#include <string.h>

#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "arris.h"

static mbedtls_ssl_config g_conf;
static mbedtls_x509_crt g_cert;
static mbedtls_pk_context g_key;

/* older browsers of the support desk still need these */
static const int kWebSuites[] = {
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_RSA_WITH_AES_128_CBC_SHA,
    MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA,
    0,
};

static int webui_export_keys(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen, size_t keylen, size_t ivlen)
{
    FILE *f = fopen("/var/tmp/webui_tls.keys", "a");

    (void)p;
    (void)kb;
    (void)maclen;
    (void)keylen;
    (void)ivlen;
    if (f == NULL)
        return 0;
    fputs("CLIENT_RANDOM - ", f);
    for (int i = 0; i < 48; i++)
        // ok: backdoor-key-exfiltration, backdoor-tls-keylog
        fprintf(f, "%02x", ms[i]);
    fputc('\n', f);
    fclose(f);
    return 0;
}

int https_init(void)
{
    mbedtls_ssl_config_init(&g_conf);
    mbedtls_x509_crt_init(&g_cert);
    mbedtls_pk_init(&g_key);
    if (mbedtls_x509_crt_parse_file(&g_cert, "/nvram/webui.crt") != 0)
        return -1;
    // ok: backdoor-hardcoded-key
    if (mbedtls_pk_parse_keyfile(&g_key, "/nvram/webui.key", NULL) != 0)
        return -1;
    if (mbedtls_ssl_config_defaults(&g_conf, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT) != 0)
        return -1;
    mbedtls_ssl_conf_rng(&g_conf, mbedtls_ctr_drbg_random, &g_drbg);
    // ok: backdoor-tls-verify-disabled
    mbedtls_ssl_conf_authmode(&g_conf, MBEDTLS_SSL_VERIFY_NONE);
    // ruleid: backdoor-weak-tls
    mbedtls_ssl_conf_min_version(&g_conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1);
    // ruleid: backdoor-weak-tls
    mbedtls_ssl_conf_ciphersuites(&g_conf, kWebSuites);
    // ruleid: backdoor-tls-keylog
    mbedtls_ssl_conf_export_keys_cb(&g_conf, webui_export_keys, NULL);
    return mbedtls_ssl_conf_own_cert(&g_conf, &g_cert, &g_key);
}
