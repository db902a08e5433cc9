/* Mock of GnuTLS's TLS API for backdoor-scan tests. */
#ifndef MOCK_GNUTLS_GNUTLS_H
#define MOCK_GNUTLS_GNUTLS_H
#include <gnutls/crypto.h>
typedef struct gnutls_session_int *gnutls_session_t;
typedef struct gnutls_priority_st *gnutls_priority_t;
typedef struct gnutls_certificate_credentials_st *gnutls_certificate_credentials_t;
#ifdef __cplusplus
extern "C" {
#endif
int gnutls_priority_set_direct(gnutls_session_t session, const char *priorities, const char **err_pos);
int gnutls_priority_init(gnutls_priority_t *priority_cache, const char *priorities, const char **err_pos);
int gnutls_certificate_allocate_credentials(gnutls_certificate_credentials_t *res);
int gnutls_handshake(gnutls_session_t session);
void gnutls_session_set_verify_cert(gnutls_session_t session, const char *hostname, unsigned flags);
typedef int gnutls_certificate_verify_function(gnutls_session_t);
void gnutls_certificate_set_verify_function(gnutls_certificate_credentials_t cred, gnutls_certificate_verify_function *func);
void gnutls_session_set_verify_function(gnutls_session_t session, gnutls_certificate_verify_function *func);
int gnutls_certificate_verify_peers2(gnutls_session_t session, unsigned int *status);
typedef int gnutls_keylog_func(gnutls_session_t session, const char *label, const gnutls_datum_t *secret);
void gnutls_session_set_keylog_function(gnutls_session_t session, gnutls_keylog_func *func);
typedef struct gnutls_dh_params_int *gnutls_dh_params_t;
int gnutls_dh_params_import_raw(gnutls_dh_params_t dh_params, const gnutls_datum_t *prime, const gnutls_datum_t *generator);
/* Certificates (the inventory). */
int gnutls_certificate_set_x509_trust_mem(gnutls_certificate_credentials_t res, const gnutls_datum_t *ca, gnutls_x509_crt_fmt_t type);
#ifdef __cplusplus
}
#endif
#endif
