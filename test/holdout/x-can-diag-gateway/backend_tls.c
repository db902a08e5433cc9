/* backend_tls.c - the gateway's TLS uplink to the OEM backend (Mbed TLS 2.28). */
#include <string.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "gw.h"

static const int kBackendSuites[] = {
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA, /* the 2012 head units' telematics proxy */
    0,
};

static mbedtls_entropy_context entropy;
static mbedtls_ctr_drbg_context drbg;
static mbedtls_ssl_config conf;
static mbedtls_ssl_context ssl;
static mbedtls_x509_crt ca;
static mbedtls_net_context net;

int backend_connect(const char *host, const char *port, const char *ca_file)
{
  static const char pers[] = "cgw-backend";
  int rc;

  mbedtls_entropy_init(&entropy);
  mbedtls_ctr_drbg_init(&drbg);
  // ok: backdoor-constant-seed
  if (mbedtls_ctr_drbg_seed(&drbg, mbedtls_entropy_func, &entropy, (const unsigned char *)pers, strlen(pers)) != 0)
    return -1;
  mbedtls_x509_crt_init(&ca);
  if (mbedtls_x509_crt_parse_file(&ca, ca_file) != 0)
    return -1;
  mbedtls_ssl_config_init(&conf);
  if (mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                  MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    return -1;
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_ca_chain(&conf, &ca, NULL);
  mbedtls_ssl_conf_rng(&conf, mbedtls_ctr_drbg_random, &drbg);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(&conf, kBackendSuites);

  mbedtls_ssl_init(&ssl);
  if (mbedtls_ssl_setup(&ssl, &conf) != 0 || mbedtls_ssl_set_hostname(&ssl, host) != 0)
    return -1;
  mbedtls_net_init(&net);
  if (mbedtls_net_connect(&net, host, port, MBEDTLS_NET_PROTO_TCP) != 0)
    return -1;
  mbedtls_ssl_set_bio(&ssl, &net, mbedtls_net_send, mbedtls_net_recv, NULL);
  // ok: backdoor-tls-verify-disabled
  while ((rc = mbedtls_ssl_handshake(&ssl)) != 0)
    if (rc != MBEDTLS_ERR_SSL_WANT_READ && rc != MBEDTLS_ERR_SSL_WANT_WRITE)
      return -1;
  return 0;
}
