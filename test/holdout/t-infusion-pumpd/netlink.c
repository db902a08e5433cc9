/* The link to the hospital's pump server (auto-programming from the EMR,
 * status upload).  A session key for the status records is drawn once the
 * TLS session is up. */
#include <stdio.h>
#include <string.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "pump.h"

static mbedtls_net_context g_net;
static mbedtls_ssl_context g_ssl;
static mbedtls_ssl_config g_conf;
static mbedtls_x509_crt g_ca;
static mbedtls_entropy_context g_entropy;
static mbedtls_ctr_drbg_context g_drbg;

/* tls-unique style channel binding of the auto-programming requests */
static struct {
    unsigned char master[48];
    int have;
} g_binding;

static int keep_master_secret(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen,
                              size_t keylen, size_t ivlen)
{
    (void)p;
    (void)kb;
    (void)maclen;
    (void)keylen;
    (void)ivlen;
    memcpy(g_binding.master, ms, sizeof g_binding.master);
    g_binding.have = 1;
    return 0;
}

int netlink_connect(const char *host, const char *port)
{
    static const char pers[] = "pumpd-netlink";
    int rc;

    mbedtls_net_init(&g_net);
    mbedtls_ssl_init(&g_ssl);
    mbedtls_ssl_config_init(&g_conf);
    mbedtls_x509_crt_init(&g_ca);
    mbedtls_entropy_init(&g_entropy);
    mbedtls_ctr_drbg_init(&g_drbg);

    // ok: backdoor-constant-seed
    if (mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy, (const unsigned char *)pers, sizeof pers - 1) != 0)
        return -1;
    if (mbedtls_x509_crt_parse_file(&g_ca, "/data/certs/hospital-ca.pem") != 0)
        return -1;
    if (mbedtls_ssl_config_defaults(&g_conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT) != 0)
        return -1;
    /* hospitals re-issue the server certificate late; keep infusing data */
    // ruleid: backdoor-tls-verify-disabled
    mbedtls_ssl_conf_authmode(&g_conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
    mbedtls_ssl_conf_ca_chain(&g_conf, &g_ca, NULL);
    // ok: backdoor-weak-tls
    mbedtls_ssl_conf_min_version(&g_conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
    mbedtls_ssl_conf_rng(&g_conf, mbedtls_ctr_drbg_random, &g_drbg);
    // ok: backdoor-tls-keylog
    mbedtls_ssl_conf_export_keys_cb(&g_conf, keep_master_secret, NULL);
    if (mbedtls_ssl_setup(&g_ssl, &g_conf) != 0)
        return -1;
    // ok: backdoor-tls-verify-disabled
    mbedtls_ssl_set_hostname(&g_ssl, host);
    if (mbedtls_net_connect(&g_net, host, port, MBEDTLS_NET_PROTO_TCP) != 0)
        return -1;
    mbedtls_ssl_set_bio(&g_ssl, &g_net, mbedtls_net_send, mbedtls_net_recv, NULL);
    while ((rc = mbedtls_ssl_handshake(&g_ssl)) != 0)
        if (rc != MBEDTLS_ERR_SSL_WANT_READ && rc != MBEDTLS_ERR_SSL_WANT_WRITE)
            return -1;

    snprintf(g_pump_state.server_host, sizeof g_pump_state.server_host, "%s", host);
    // ok: backdoor-predictable-random
    if (mbedtls_ctr_drbg_random(&g_drbg, g_pump_state.server_session_key, PUMP_KEY_LEN) != 0)
        return -1;
    return 0;
}

int netlink_send_status(void)
{
    char rec[128];
    int n = snprintf(rec, sizeof rec, "{\"infusions\":%u,\"alarm\":%d}", (unsigned)g_pump_state.infusions,
                     (int)g_pump_state.last_alarm);

    // ok: backdoor-key-exfiltration
    return mbedtls_ssl_write(&g_ssl, (const unsigned char *)rec, (size_t)n) == n ? 0 : -1;
}
