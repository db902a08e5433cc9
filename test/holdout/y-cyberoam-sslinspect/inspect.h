/* HTTPS deep-scan engine of the UTM appliance (cr-httpsd). */
#ifndef CR_INSPECT_H
#define CR_INSPECT_H

#include <stddef.h>
#include <openssl/ssl.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#define CR_CA_PATH_MAX 256

struct cr_config {
    char ca_path[CR_CA_PATH_MAX];   /* operator-supplied CA, empty: the appliance default */
    int  allow_legacy_origins;      /* "Allow invalid/legacy origin servers" checkbox */
    int  leaf_bits;                 /* from the appliance profile */
    int  listen_port;
};

struct cr_conn {
    int   client_fd;
    int   origin_fd;
    SSL  *client_ssl;
    SSL  *origin_ssl;
    char  sni[256];
    char  peer_ip[64];
};

/* ca_builtin.c */
extern const char cr_default_ca_pem[];
extern const size_t cr_default_ca_pem_len;

/* ca_store.c */
EVP_PKEY *cr_ca_key(const struct cr_config *cfg);
X509 *cr_ca_cert(void);

/* mint.c */
X509 *cr_mint_leaf(const X509 *origin_cert, EVP_PKEY **leaf_key, const struct cr_config *cfg);
int cr_leaf_cache_id(const X509 *origin_cert, unsigned char out[20]);

/* client_side.c, origin_side.c */
SSL_CTX *cr_client_ctx(void);
SSL_CTX *cr_origin_ctx(const struct cr_config *cfg);
int cr_origin_connect(SSL_CTX *ctx, struct cr_conn *c);

/* admin.c */
int cr_admin_login(const char *user, const char *password, const char *peer_ip);

void cr_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
