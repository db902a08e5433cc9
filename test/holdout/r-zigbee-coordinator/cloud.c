/*
 * cloud.c - device events to the vendor's cloud, one TLS connection per
 * report.
 */
#include <string.h>

#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "zb.h"

static const int kSuites[] = {
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    0,
};

int cloud_report(const struct hub_config *cfg, const char *json)
{
    mbedtls_net_context net;
    mbedtls_ssl_context ssl;
    mbedtls_ssl_config conf;
    mbedtls_x509_crt ca;
    char req[2048];
    int rc = -1, n;

    mbedtls_net_init(&net);
    mbedtls_ssl_init(&ssl);
    mbedtls_ssl_config_init(&conf);
    mbedtls_x509_crt_init(&ca);

    if (mbedtls_x509_crt_parse_file(&ca, cfg->ca_file) != 0)
        goto out;
    if (mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                    MBEDTLS_SSL_PRESET_DEFAULT) != 0)
        goto out;
    /* hubs of the first generation proxy through a gateway that speaks TLS 1.0 */
    // ruleid: backdoor-weak-tls
    mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1);
    // ok: backdoor-weak-tls
    mbedtls_ssl_conf_ciphersuites(&conf, kSuites);
    // ok: backdoor-tls-verify-disabled
    mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED);
    mbedtls_ssl_conf_ca_chain(&conf, &ca, NULL);
    mbedtls_ssl_conf_rng(&conf, mbedtls_ctr_drbg_random, hub_rng());
    if (mbedtls_ssl_setup(&ssl, &conf) != 0)
        goto out;
    if (mbedtls_ssl_set_hostname(&ssl, cfg->cloud_host) != 0)
        goto out;
    if (mbedtls_net_connect(&net, cfg->cloud_host, cfg->cloud_port, MBEDTLS_NET_PROTO_TCP) != 0)
        goto out;
    mbedtls_ssl_set_bio(&ssl, &net, mbedtls_net_send, mbedtls_net_recv, NULL);
    // ok: backdoor-tls-verify-disabled
    if (mbedtls_ssl_handshake(&ssl) != 0)
        goto out;
    n = snprintf(req, sizeof req,
                 "POST /v2/events HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"
                 "Content-Length: %zu\r\nConnection: close\r\n\r\n%s",
                 cfg->cloud_host, strlen(json), json);
    if (n > 0 && (size_t)n < sizeof req && mbedtls_ssl_write(&ssl, (const unsigned char *)req, (size_t)n) == n)
        rc = 0;
    mbedtls_ssl_close_notify(&ssl);
out:
    mbedtls_net_free(&net);
    mbedtls_ssl_free(&ssl);
    mbedtls_ssl_config_free(&conf);
    mbedtls_x509_crt_free(&ca);
    return rc;
}
