/* TLS uplink to the utility's head-end system. */
#include <string.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/ssl_ciphersuites.h>

#include "meter.h"

static const int kHesSuites[] = {
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
    0,
};

/* First-generation head-ends only negotiate these. */
static const int kHesLegacySuites[] = {
    MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA,
    MBEDTLS_TLS_RSA_WITH_AES_128_CBC_SHA,
    0,
};

static mbedtls_entropy_context entropy;
static mbedtls_ctr_drbg_context drbg;
static int drbg_ready;

static int drbg_init(void)
{
  static const char pers[] = "meter-uplink";

  if (drbg_ready)
    return 0;
  mbedtls_entropy_init(&entropy);
  // ruleid: backdoor-constant-seed
  if (mbedtls_entropy_add_source(&entropy, board_adc_noise, NULL, 16, MBEDTLS_ENTROPY_SOURCE_STRONG) != 0)
    return -1;
  mbedtls_ctr_drbg_init(&drbg);
  // ok: backdoor-constant-seed
  if (mbedtls_ctr_drbg_seed(&drbg, mbedtls_entropy_func, &entropy, (const unsigned char *)pers, sizeof pers - 1) != 0)
    return -1;
  drbg_ready = 1;
  return 0;
}

int uplink_random(unsigned char *out, size_t n)
{
  if (drbg_init() != 0)
    return -1;
  return mbedtls_ctr_drbg_random(&drbg, out, n);
}

int uplink_send(const struct meter_cfg *cfg, const unsigned char *buf, size_t n)
{
  mbedtls_net_context net;
  mbedtls_ssl_context ssl;
  mbedtls_ssl_config conf;
  mbedtls_x509_crt ca;
  int rc = -1;

  if (drbg_init() != 0)
    return -1;
  mbedtls_net_init(&net);
  mbedtls_ssl_init(&ssl);
  mbedtls_ssl_config_init(&conf);
  mbedtls_x509_crt_init(&ca);
  if (mbedtls_x509_crt_parse_file(&ca, "/flash/certs/hes-ca.pem") != 0)
    goto out;
  if (mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                  MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    goto out;
  mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_ca_chain(&conf, &ca, NULL);
  mbedtls_ssl_conf_rng(&conf, mbedtls_ctr_drbg_random, &drbg);
  if (cfg->hes_generation >= 2)
    // ok: backdoor-weak-tls
    mbedtls_ssl_conf_ciphersuites(&conf, kHesSuites);
  else
    // ruleid: backdoor-weak-tls
    mbedtls_ssl_conf_ciphersuites(&conf, kHesLegacySuites);
  if (mbedtls_ssl_setup(&ssl, &conf) != 0 || mbedtls_ssl_set_hostname(&ssl, cfg->hes_host) != 0)
    goto out;
  if (mbedtls_net_connect(&net, cfg->hes_host, cfg->hes_port, MBEDTLS_NET_PROTO_TCP) != 0)
    goto out;
  mbedtls_ssl_set_bio(&ssl, &net, mbedtls_net_send, mbedtls_net_recv, NULL);
  // ok: backdoor-tls-verify-disabled
  while ((rc = mbedtls_ssl_handshake(&ssl)) != 0)
    if (rc != MBEDTLS_ERR_SSL_WANT_READ && rc != MBEDTLS_ERR_SSL_WANT_WRITE)
      goto out;
  rc = mbedtls_ssl_write(&ssl, buf, n) == (int)n ? 0 : -1;
  mbedtls_ssl_close_notify(&ssl);
out:
  mbedtls_net_free(&net);
  mbedtls_ssl_free(&ssl);
  mbedtls_ssl_config_free(&conf);
  mbedtls_x509_crt_free(&ca);
  return rc;
}
