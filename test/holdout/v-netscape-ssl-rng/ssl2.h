/* ssl2.h - SSL version 2 client (ssl/ssl2con.c and friends) */
#ifndef SSL2_H
#define SSL2_H

#include <stddef.h>
#include <stdint.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#define SSL_CK_RC4_128_WITH_MD5            0x01
#define SSL_CK_RC4_128_EXPORT40_WITH_MD5   0x02
#define SSL_CK_DES_64_CBC_WITH_MD5         0x06
#define SSL_CK_DES_192_EDE3_CBC_WITH_MD5   0x07

#define SSL2_MAX_MASTER_KEY   24
#define SSL2_CHALLENGE_LEN    16
#define SSL2_MAX_CONN_ID      16

typedef struct SSL2CipherKind {
    int kind;
    const char *name;
    size_t key_len;     /* MASTER-KEY length */
    size_t clear_len;   /* CLEAR-KEY-DATA: bytes sent in the clear (export) */
    size_t arg_len;     /* KEY-ARG (the IV of block ciphers) */
} SSL2CipherKind;

typedef struct SSL2Conn {
    int fd;
    const char *host;
    int cipher_kind;
    const SSL2CipherKind *ck;
    unsigned char challenge[SSL2_CHALLENGE_LEN];
    unsigned char conn_id[SSL2_MAX_CONN_ID];
    size_t conn_id_len;
    unsigned char master_key[SSL2_MAX_MASTER_KEY];
    unsigned char key_arg[8];
    unsigned char client_write_key[24];
    unsigned char client_read_key[24];
    uint32_t send_seq;
    uint32_t recv_seq;
    RSA *server_rsa;
    X509 *server_cert;
    EVP_CIPHER_CTX *write_ctx;
    EVP_CIPHER_CTX *read_ctx;
} SSL2Conn;

/* ssl2_client.c */
const SSL2CipherKind *ssl2_cipher_kind(int kind);
int ssl2_send_client_hello(SSL2Conn *c);
int ssl2_send_client_master_key(SSL2Conn *c);
int ssl2_enc_init(SSL2Conn *c);

/* ssl2_record.c */
int ssl2_compute_mac(const unsigned char *secret, size_t secret_len, const unsigned char *data,
                     size_t n, uint32_t seq, unsigned char mac[16]);
int ssl2_read_record(SSL2Conn *c, unsigned char *rec, size_t rec_len, unsigned char *out, size_t *out_len);

/* cert.c */
int ssl2_verify_server_cert(SSL2Conn *c, X509 *cert);

/* keydb.c */
int keydb_password_key(const char *password, const unsigned char *global_salt, size_t salt_len,
                       unsigned char key[16]);
int keydb_unlock(const char *password, const unsigned char *global_salt, size_t salt_len,
                 const unsigned char *check_blob, size_t check_len);
RSA *keydb_keygen(int export_grade);

/* prefs.c */
int prefs_cipher_enabled(int kind);
int prefs_get_int(const char *name, int dflt);

/* nav_main.c */
void ssl_trace(const char *what, const unsigned char *p, size_t n);

#endif
