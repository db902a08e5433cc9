/* Mock of OpenSSL's libssl API for backdoor-scan tests: real signatures, no bodies. */
#ifndef MOCK_OPENSSL_SSL_H
#define MOCK_OPENSSL_SSL_H
#include <openssl/evp.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_method_st SSL_METHOD;
typedef struct x509_store_ctx_st X509_STORE_CTX;
typedef int (*SSL_verify_cb)(int preverify_ok, X509_STORE_CTX *x509_ctx);
#define SSL_VERIFY_NONE 0x00
#define SSL_VERIFY_PEER 0x01
#define SSL_VERIFY_FAIL_IF_NO_PEER_CERT 0x02
#define SSL3_VERSION 0x0300
#define TLS1_VERSION 0x0301
#define TLS1_1_VERSION 0x0302
#define TLS1_2_VERSION 0x0303
#define TLS1_3_VERSION 0x0304
/* OpenSSL 3 spells the options as bits: a parenthesized cast expression. */
#define SSL_OP_BIT(n) ((unsigned long long)1 << (unsigned long long)n)
#define SSL_OP_NO_SSLv3 SSL_OP_BIT(25)
#define SSL_OP_NO_TLSv1 SSL_OP_BIT(26)
#define SSL_OP_NO_TLSv1_1 SSL_OP_BIT(28)
#define SSL_OP_NO_COMPRESSION SSL_OP_BIT(17)
#define SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION SSL_OP_BIT(18)
#define SSL_OP_LEGACY_SERVER_CONNECT SSL_OP_BIT(2)
#define SSL_OP_ALL 0x80000850U
const SSL_METHOD *TLS_method(void);
const SSL_METHOD *TLS_client_method(void);
const SSL_METHOD *TLS_server_method(void);
const SSL_METHOD *SSLv3_method(void);
const SSL_METHOD *TLSv1_method(void);
const SSL_METHOD *TLSv1_1_client_method(void);
const SSL_METHOD *SSLv23_client_method(void);
SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth);
SSL *SSL_new(SSL_CTX *ctx);
void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb callback);
void SSL_set_verify(SSL *s, int mode, SSL_verify_cb callback);
void SSL_CTX_set_cert_verify_callback(SSL_CTX *ctx, int (*cb)(X509_STORE_CTX *, void *), void *arg);
int SSL_CTX_set_min_proto_version(SSL_CTX *ctx, int version);
unsigned long SSL_CTX_set_options(SSL_CTX *ctx, unsigned long op);
unsigned long SSL_CTX_clear_options(SSL_CTX *ctx, unsigned long op);
void SSL_CTX_set_security_level(SSL_CTX *ctx, int level);
int SSL_CTX_set_cipher_list(SSL_CTX *ctx, const char *str);
int SSL_set_cipher_list(SSL *s, const char *str);
int SSL_CTX_set_ciphersuites(SSL_CTX *ctx, const char *str);
int SSL_set1_host(SSL *s, const char *hostname);
int SSL_connect(SSL *ssl);
int SSL_accept(SSL *ssl);
long SSL_get_verify_result(const SSL *ssl);
int SSL_write(SSL *ssl, const void *buf, int num);
int SSL_read(SSL *ssl, void *buf, int num);
int SSL_set_fd(SSL *s, int fd);
typedef void (*SSL_CTX_keylog_cb_func)(const SSL *ssl, const char *line);
void SSL_CTX_set_keylog_callback(SSL_CTX *ctx, SSL_CTX_keylog_cb_func cb);
SSL_SESSION *SSL_get_session(const SSL *ssl);
int SSL_export_keying_material(SSL *s, unsigned char *out, size_t olen, const char *label, size_t llen, const unsigned char *context, size_t contextlen, int use_context);
/* Certificates and key exchange groups (the inventory). */
typedef struct x509_store_st X509_STORE;
int SSL_CTX_set1_groups_list(SSL_CTX *ctx, const char *list);
int SSL_set1_groups_list(SSL *ssl, const char *list);
int SSL_CTX_set1_curves_list(SSL_CTX *ctx, const char *list);
int SSL_CTX_set1_groups(SSL_CTX *ctx, const int *glist, size_t glistlen);
int SSL_set1_groups(SSL *ssl, const int *glist, size_t glistlen);
int SSL_CTX_use_certificate_ASN1(SSL_CTX *ctx, int len, const unsigned char *d);
int SSL_CTX_use_certificate(SSL_CTX *ctx, X509 *x);
int X509_STORE_add_cert(X509_STORE *store, X509 *x);
X509_STORE *SSL_CTX_get_cert_store(const SSL_CTX *ctx);
X509 *d2i_X509(X509 **px, const unsigned char **in, long len);
long SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg);
#define SSL_CTRL_MODE 33
#define SSL_CTRL_SET_GROUPS_LIST 92
#define NID_X448 1035
#define NID_secp521r1 716
#define NID_ffdhe3072 1127
#ifdef __cplusplus
}
#endif
#endif
