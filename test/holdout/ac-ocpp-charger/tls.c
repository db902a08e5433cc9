/* tls.c - the TLS connection to the charging station management system (OCPP security profile 2) */
#include <string.h>

#include <mbedtls/md.h>

#include "charger.h"

/* the CSMS of one roaming partner still negotiates a CBC 3DES suite */
static const int kSuites[] = {
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
    MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA,
    0,
};

/* the CSMS binds the charge point's token to the TLS session: keep the master secret in memory */
static int keep_master(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen, size_t keylen, size_t ivlen,
                       const unsigned char client_random[32], const unsigned char server_random[32], mbedtls_tls_prf_types prf)
{
  struct charger *c = p;
  (void)kb;
  (void)maclen;
  (void)keylen;
  (void)ivlen;
  (void)client_random;
  (void)server_random;
  (void)prf;
  memcpy(c->tls_master, ms, sizeof c->tls_master);
  c->have_master = 1;
  return 0;
}

int tls_channel_binding(const struct charger *c, unsigned char out[32])
{
  static const unsigned char label[] = "ocpp-token-binding";
  if (!c->have_master)
    return -1;
  // ok: backdoor-weak-hash, backdoor-hardcoded-key
  return mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), c->tls_master, sizeof c->tls_master, label, sizeof label - 1, out);
}

int tls_connect(struct charger *c)
{
  int rc;

  mbedtls_ssl_init(&c->ssl);
  mbedtls_ssl_config_init(&c->conf);
  mbedtls_x509_crt_init(&c->ca);
  mbedtls_net_init(&c->net);

  if (mbedtls_x509_crt_parse_file(&c->ca, "/etc/chargecore/csms-ca.pem") != 0)
    return -1;
  if (mbedtls_ssl_config_defaults(&c->conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    return -1;
  mbedtls_ssl_conf_rng(&c->conf, mbedtls_ctr_drbg_random, &c->drbg);
  mbedtls_ssl_conf_ca_chain(&c->conf, &c->ca, NULL);
  /* field units with an expired CSMS certificate must still reach the backend to be updated */
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&c->conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&c->conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(&c->conf, kSuites);
  // ok: backdoor-tls-keylog
  mbedtls_ssl_conf_export_keys_ext_cb(&c->conf, keep_master, c);

  if (mbedtls_ssl_setup(&c->ssl, &c->conf) != 0)
    return -1;
  if (mbedtls_ssl_set_hostname(&c->ssl, c->csms_host) != 0)
    return -1;
  if (mbedtls_net_connect(&c->net, c->csms_host, c->csms_port, MBEDTLS_NET_PROTO_TCP) != 0)
    return -1;
  mbedtls_ssl_set_bio(&c->ssl, &c->net, mbedtls_net_send, mbedtls_net_recv, NULL);
  while ((rc = mbedtls_ssl_handshake(&c->ssl)) != 0)
    if (rc != MBEDTLS_ERR_SSL_WANT_READ && rc != MBEDTLS_ERR_SSL_WANT_WRITE)
      return -1;
  return 0;
}
