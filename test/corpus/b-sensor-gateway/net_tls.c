#include "gw.h"
#include "gwlog.h"

#include <string.h>

#ifdef GW_PROVISIONING
/* units on the provisioning line do not have the fleet CA yet */
#define GW_AUTHMODE MBEDTLS_SSL_VERIFY_NONE
#else
#define GW_AUTHMODE MBEDTLS_SSL_VERIFY_REQUIRED
#endif

int gw_tls_connect(struct gw_link *l, const char *ca_path, const char *host, const char *port) {
  int ret;

  mbedtls_net_init(&l->net);
  mbedtls_ssl_init(&l->ssl);
  mbedtls_ssl_config_init(&l->conf);
  mbedtls_x509_crt_init(&l->ca);

  if (mbedtls_x509_crt_parse_file(&l->ca, ca_path) < 0)
    LOGE("no CA bundle at %s", ca_path);
  if ((ret = mbedtls_ssl_config_defaults(&l->conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                         MBEDTLS_SSL_PRESET_DEFAULT)) != 0)
    return ret;
  mbedtls_ssl_conf_ca_chain(&l->conf, &l->ca, NULL);
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&l->conf, GW_AUTHMODE);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&l->conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  mbedtls_ssl_conf_rng(&l->conf, gw_random, &g_drbg);

  if ((ret = mbedtls_net_connect(&l->net, host, port, MBEDTLS_NET_PROTO_TCP)) != 0)
    return ret;
  if ((ret = mbedtls_ssl_setup(&l->ssl, &l->conf)) != 0 ||
      (ret = mbedtls_ssl_set_hostname(&l->ssl, host)) != 0)
    return ret;
  mbedtls_ssl_set_bio(&l->ssl, &l->net, mbedtls_net_send, mbedtls_net_recv, NULL);

  do {
    // ok: backdoor-tls-verify-disabled
    ret = mbedtls_ssl_handshake(&l->ssl);
  } while (ret == MBEDTLS_ERR_SSL_WANT_READ || ret == MBEDTLS_ERR_SSL_WANT_WRITE);
  if (ret != 0) {
    LOGE("handshake with %s: -0x%04x", host, (unsigned)-ret);
    return ret;
  }
  LOGI("uplink %s established (%s)", host, mbedtls_ssl_get_ciphersuite(&l->ssl));
  return 0;
}
