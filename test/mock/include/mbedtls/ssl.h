/* Mock of Mbed TLS's TLS API (2.x and 3.x) for backdoor-scan tests. */
#ifndef MOCK_MBEDTLS_SSL_H
#define MOCK_MBEDTLS_SSL_H
#include <mbedtls/cipher.h>
#define MBEDTLS_SSL_VERIFY_NONE 0
#define MBEDTLS_SSL_VERIFY_OPTIONAL 1
#define MBEDTLS_SSL_VERIFY_REQUIRED 2
#define MBEDTLS_SSL_MAJOR_VERSION_3 3
#define MBEDTLS_SSL_MINOR_VERSION_0 0
#define MBEDTLS_SSL_MINOR_VERSION_1 1
#define MBEDTLS_SSL_MINOR_VERSION_2 2
#define MBEDTLS_SSL_MINOR_VERSION_3 3
#define MBEDTLS_TLS_RSA_WITH_RC4_128_SHA 0x05
#define MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA 0x0A
#define MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 0xC02F
#define MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 0xC02C
typedef struct mbedtls_ssl_config { int dummy; } mbedtls_ssl_config;
typedef struct mbedtls_ssl_context { int dummy; } mbedtls_ssl_context;
typedef struct mbedtls_x509_crt mbedtls_x509_crt;
#ifdef __cplusplus
extern "C" {
#endif
void mbedtls_ssl_conf_authmode(mbedtls_ssl_config *conf, int authmode);
void mbedtls_ssl_conf_verify(mbedtls_ssl_config *conf, int (*f_vrfy)(void *, mbedtls_x509_crt *, int, uint32_t *), void *p_vrfy);
int mbedtls_ssl_set_hostname(mbedtls_ssl_context *ssl, const char *hostname);
int mbedtls_ssl_handshake(mbedtls_ssl_context *ssl);
uint32_t mbedtls_ssl_get_verify_result(const mbedtls_ssl_context *ssl);
void mbedtls_ssl_conf_min_version(mbedtls_ssl_config *conf, int major, int minor);
void mbedtls_ssl_conf_ciphersuites(mbedtls_ssl_config *conf, const int *ciphersuites);
#ifdef __cplusplus
}
#endif
#endif
