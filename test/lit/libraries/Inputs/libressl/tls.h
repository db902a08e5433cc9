/* Minimal LibreSSL header for backdoor-scan's tests: the real declarations of
 * LibreSSL's libtls (include/tls.h) that the tests use, no bodies. */
#ifndef HEADER_TLS_H
#define HEADER_TLS_H
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#ifdef __cplusplus
extern "C" {
#endif
struct tls;
struct tls_config;
struct tls_config *tls_config_new(void);
int tls_config_set_key_file(struct tls_config *_config, const char *_key_file);
int tls_config_set_key_mem(struct tls_config *_config, const uint8_t *_key, size_t _len);
int tls_config_set_keypair_mem(struct tls_config *_config, const uint8_t *_cert, size_t _cert_len, const uint8_t *_key, size_t _key_len);
int tls_config_set_cert_mem(struct tls_config *_config, const uint8_t *_cert, size_t _len);
uint8_t *tls_load_file(const char *_file, size_t *_len, char *_password);
void tls_unload_file(uint8_t *_buf, size_t len);
ssize_t tls_write(struct tls *_ctx, const void *_buf, size_t _buflen);
ssize_t tls_read(struct tls *_ctx, void *_buf, size_t _buflen);
#ifdef __cplusplus
}
#endif
#endif
