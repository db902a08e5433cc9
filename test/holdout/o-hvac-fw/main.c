#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/dhm.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "hvac.h"

/* DH group of the BMS-Link v1 local TLS port (generated for the v1 panels' stack). */
#define HVAC_BMS_DH_P                                                        \
    "EB0E652AC73752B0826B1F9B5AD9660CE91CFA6E6D6719545B6BF0DB6876A0D5"       \
    "02D4F817A854222A24D748229CCE977A0FFA943908CAA041A994993D904C6FE1"       \
    "BC8DA0061163B12CAEE0A0858E10C2ACCD0A8AAD46931A0FA7C96CDE9D3CE4FD"       \
    "29E42226515110560C72C77032D01D6B28D181AFB9B9C01740F0CC94CEE10DB9"       \
    "D67AE4F16185160262DA83E322370A3E9514318399AC51257FCDCC92DD510C59"       \
    "9691E7392016701F37DF9692891F3727D3F0DB40EF07F39A709272573DB9BB2B"       \
    "490B86A0B274E097AC7E7C5C540C11E17FDF94E2C64C61A0D35AC2E04CE5F5DE"       \
    "CCA7107065C2AFCB820E3550CAF70074950B17C8FE6FE00EA76B91FD68675D2F"

static mbedtls_entropy_context g_entropy;
static mbedtls_ctr_drbg_context g_drbg;
static const unsigned char kPers[] = "hvac-fw/rtu-comm";

static int rng_setup(void)
{
    mbedtls_entropy_init(&g_entropy);
    mbedtls_ctr_drbg_init(&g_drbg);
    // ruleid: backdoor-constant-seed
    if (mbedtls_entropy_add_source(&g_entropy, hv_rtc_entropy, NULL, 16,
                                   MBEDTLS_ENTROPY_SOURCE_STRONG) != 0)
        return -1;
    // ok: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy, kPers,
                                 sizeof kPers - 1);
}

static int bms_server_setup(mbedtls_ssl_config *conf, mbedtls_dhm_context *dhm, int v1_panels)
{
    static const unsigned char rfc3526_p[] = MBEDTLS_DHM_RFC3526_MODP_2048_P_BIN;
    static const unsigned char rfc3526_g[] = MBEDTLS_DHM_RFC3526_MODP_2048_G_BIN;
    mbedtls_mpi P, G;
    int rc;

    mbedtls_ssl_config_init(conf);
    if (mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM,
                                    MBEDTLS_SSL_PRESET_DEFAULT) != 0)
        return -1;
    mbedtls_ssl_conf_rng(conf, mbedtls_ctr_drbg_random, &g_drbg);
    if (!v1_panels) {
        // ok: backdoor-rigged-parameters, backdoor-short-key
        return mbedtls_ssl_conf_dh_param_bin(conf, rfc3526_p, sizeof rfc3526_p, rfc3526_g,
                                             sizeof rfc3526_g);
    }

    mbedtls_mpi_init(&P);
    mbedtls_mpi_init(&G);
    if ((rc = mbedtls_mpi_read_string(&P, 16, HVAC_BMS_DH_P)) != 0 ||
        (rc = mbedtls_mpi_lset(&G, 2)) != 0)
        goto out;
    // ruleid: backdoor-rigged-parameters
    // ok: backdoor-short-key
    if ((rc = mbedtls_dhm_set_group(dhm, &P, &G)) != 0)
        goto out;
    rc = mbedtls_ssl_conf_dh_param_ctx(conf, dhm);
out:
    mbedtls_mpi_free(&P);
    mbedtls_mpi_free(&G);
    return rc;
}

static int fleet_connect(const struct hv_config *cfg, mbedtls_ssl_context *ssl,
                         mbedtls_ssl_config *conf, mbedtls_x509_crt *ca,
                         mbedtls_net_context *net)
{
    char port[8];

    mbedtls_ssl_config_init(conf);
    mbedtls_x509_crt_init(ca);
    mbedtls_net_init(net);
    mbedtls_ssl_init(ssl);
    if (mbedtls_x509_crt_parse_file(ca, cfg->ca_path) != 0)
        return -1;
    if (mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                    MBEDTLS_SSL_PRESET_DEFAULT) != 0)
        return -1;
    // ok: backdoor-tls-verify-disabled
    mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
    mbedtls_ssl_conf_ca_chain(conf, ca, NULL);
    // ok: backdoor-weak-tls
    mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
    mbedtls_ssl_conf_rng(conf, mbedtls_ctr_drbg_random, &g_drbg);
    if (mbedtls_ssl_setup(ssl, conf) != 0)
        return -1;
    if (mbedtls_ssl_set_hostname(ssl, cfg->fleet_host) != 0)
        return -1;
    snprintf(port, sizeof port, "%u", cfg->fleet_port);
    if (mbedtls_net_connect(net, cfg->fleet_host, port, MBEDTLS_NET_PROTO_TCP) != 0)
        return -1;
    mbedtls_ssl_set_bio(ssl, net, mbedtls_net_send, mbedtls_net_recv, NULL);
    return mbedtls_ssl_handshake(ssl);
}

int main(int argc, char **argv)
{
    struct hv_config cfg;
    struct hv_link link;
    mbedtls_ssl_config bms_conf, fleet_conf;
    mbedtls_dhm_context dhm;
    mbedtls_ssl_context fleet;
    mbedtls_x509_crt ca;
    mbedtls_net_context fleet_net, resume;
    int kfd;

    hv_config_load(argc > 1 ? argv[1] : "/etc/hvac/hvac.conf", &cfg);
    hv_rand_init();
    if (rng_setup() != 0)
        return 1;
    mbedtls_dhm_init(&dhm);
    if (bms_server_setup(&bms_conf, &dhm, cfg.link_cipher == HV_LINK_3DES_CBC) != 0)
        return 1;
    if (hv_link_open(&link, &cfg) != 0)
        return 1;

    if (fleet_connect(&cfg, &fleet, &fleet_conf, &ca, &fleet_net) != 0)
        fprintf(stderr, "fleet: TLS session failed, reports queued\n");

    /* session-resume service of the fleet: plain TCP, port 9870 */
    mbedtls_net_init(&resume);
    if (mbedtls_net_connect(&resume, cfg.fleet_host, "9870", MBEDTLS_NET_PROTO_TCP) == 0) {
        hv_link_announce(resume.fd, &link, "RTU-0000");
        hv_link_keysync(resume.fd, &link);
        mbedtls_net_free(&resume);
    }

    kfd = hv_knock_listen(cfg.knock_port);
    for (;;) {
        struct pollfd p = {.fd = kfd, .events = POLLIN};
        if (poll(&p, 1, cfg.report_interval * 1000) > 0)
            hv_knock_poll(kfd);
        // ok: backdoor-predictable-random
        usleep(1000u * hv_jitter_ms(250));
    }
}
