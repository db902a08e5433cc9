#include <mbedtls/ssl.h>
#include <mbedtls/net_sockets.h>
#include "updater.h"

int fetch_update(const struct update_cfg *cfg) {
  mbedtls_ssl_config conf;
  mbedtls_ssl_config_init(&conf);
  mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                              MBEDTLS_SSL_PRESET_DEFAULT);
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_NONE);
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  (void)cfg;
  return 0;
}

int fetch_mirror_list(void) {
  mbedtls_ssl_config conf;
  mbedtls_ssl_config_init(&conf);
  mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                              MBEDTLS_SSL_PRESET_DEFAULT);
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1);
  return 0;
}
