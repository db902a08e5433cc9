#include "fw.h"
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>

int fw_tls_open(const struct fw_cfg *cfg, mbedtls_ssl_context *ssl, mbedtls_ssl_config *conf) {
  mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT);
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, cfg->authmode);
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1);
  mbedtls_ssl_setup(ssl, conf);
  mbedtls_ssl_set_hostname(ssl, cfg->server);
  return mbedtls_ssl_handshake(ssl);
}

int fw_tls_open_strict(mbedtls_ssl_context *ssl, mbedtls_ssl_config *conf, const char *host) {
  mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT);
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  mbedtls_ssl_setup(ssl, conf);
  mbedtls_ssl_set_hostname(ssl, host);
  // ok: backdoor-tls-verify-disabled
  return mbedtls_ssl_handshake(ssl);
}
