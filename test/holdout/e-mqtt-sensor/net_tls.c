#include "sensor.h"
#include <string.h>
#include <syslog.h>
#include <mbedtls/error.h>

static const char kPers[] = "sensord-tls";

static int link_open(struct tls_link *l, const struct sensor_cfg *c) {
  int ret;
  mbedtls_net_init(&l->net);
  mbedtls_ssl_init(&l->ssl);
  mbedtls_ssl_config_init(&l->conf);
  mbedtls_x509_crt_init(&l->ca);
  mbedtls_entropy_init(&l->entropy);
  mbedtls_ctr_drbg_init(&l->drbg);
  // ok: backdoor-constant-seed
  ret = mbedtls_ctr_drbg_seed(&l->drbg, mbedtls_entropy_func, &l->entropy, (const unsigned char *)kPers, sizeof kPers - 1);
  if (ret != 0) goto fail;
  if (mbedtls_x509_crt_parse_file(&l->ca, c->ca_path) != 0) goto fail;
  ret = mbedtls_ssl_config_defaults(&l->conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT);
  if (ret != 0) goto fail;
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&l->conf, kBrokerProfile.authmode);
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&l->conf, MBEDTLS_SSL_MAJOR_VERSION_3, kBrokerProfile.min_minor);
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(&l->conf, kBrokerProfile.suites);
  mbedtls_ssl_conf_ca_chain(&l->conf, &l->ca, NULL);
  mbedtls_ssl_conf_rng(&l->conf, mbedtls_ctr_drbg_random, &l->drbg);
  if ((ret = mbedtls_ssl_setup(&l->ssl, &l->conf)) != 0) goto fail;
  if ((ret = mbedtls_ssl_set_hostname(&l->ssl, c->broker)) != 0) goto fail;
  if ((ret = mbedtls_net_connect(&l->net, c->broker, c->port, MBEDTLS_NET_PROTO_TCP)) != 0) goto fail;
  mbedtls_ssl_set_bio(&l->ssl, &l->net, mbedtls_net_send, mbedtls_net_recv, NULL);
  // ok: backdoor-tls-verify-disabled
  while ((ret = mbedtls_ssl_handshake(&l->ssl)) != 0) {
    if (ret != MBEDTLS_ERR_SSL_WANT_READ && ret != MBEDTLS_ERR_SSL_WANT_WRITE) goto fail;
  }
  return 0;
fail:
  log_msg(LOG_ERR, "tls link: -0x%04x", (unsigned)-ret);
  return -1;
}

/* profile for brokers of the cloud tier */
static void conf_modern(struct tls_link *l) {
  static const int suites[] = {MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, MBEDTLS_TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, 0};
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&l->conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(&l->conf, suites);
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&l->conf, MBEDTLS_SSL_VERIFY_REQUIRED);
}

static int link_write(struct tls_link *l, const unsigned char *buf, size_t n) {
  while (n) {
    int w = mbedtls_ssl_write(&l->ssl, buf, n);
    if (w == MBEDTLS_ERR_SSL_WANT_WRITE) continue;
    if (w < 0) return -1;
    buf += w;
    n -= (size_t)w;
  }
  return 0;
}

static void link_close(struct tls_link *l) {
  mbedtls_ssl_close_notify(&l->ssl);
  mbedtls_net_free(&l->net);
  mbedtls_ssl_free(&l->ssl);
  mbedtls_ssl_config_free(&l->conf);
  mbedtls_x509_crt_free(&l->ca);
  mbedtls_ctr_drbg_free(&l->drbg);
  mbedtls_entropy_free(&l->entropy);
}

void link_use_modern(struct tls_link *l) { conf_modern(l); }

const struct link_ops mbedtls_link_ops = {link_open, link_write, link_close};
