// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -allow-empty -implicit-check-not="{{warning|error}}:"
// The negative of mbedtls-params.c's OPTIONAL case: the unit reads the verification result.
#include <mbedtls/ssl.h>

int optional_checked(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  mbedtls_ssl_set_hostname(ssl, "example.org");
  if (mbedtls_ssl_handshake(ssl) != 0) return -1;
  // ok: backdoor-unchecked-verification
  if (mbedtls_ssl_get_verify_result(ssl) != 0) return -1;
  return 0;
}
// CHECK-MESSAGES-NOT: warning:
