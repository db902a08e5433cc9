/*
 * imapfetch.h - a mail fetcher (IMAP over TLS into a Maildir) whose trust
 * module is GnuTLS 3.2's lib/x509/verify.c ported over OpenSSL's X509
 * objects, with its early-2014 status handling.
 */
#ifndef IMAPFETCH_H
#define IMAPFETCH_H

#include <stddef.h>
#include <time.h>

#include <openssl/ssl.h>
#include <openssl/x509.h>

/* Status bits, as gnutls_certificate_status_t. */
#define CERT_INVALID 0x0002u
#define CERT_REVOKED 0x0020u
#define CERT_SIGNER_NOT_FOUND 0x0040u
#define CERT_SIGNER_NOT_CA 0x0080u
#define CERT_INSECURE_ALGORITHM 0x0100u
#define CERT_NOT_ACTIVATED 0x0200u
#define CERT_EXPIRED 0x0400u
#define CERT_SIGNATURE_FAILURE 0x0800u

/* Verification flags, as gnutls_certificate_verify_flags. */
#define VFLAG_DISABLE_CA_SIGN 0x0001u
#define VFLAG_ALLOW_X509_V1_CA_CRT 0x0002u
#define VFLAG_DISABLE_TIME_CHECKS 0x0200u

#define TRUST_MAX_CAS 256
#define TRUST_MAX_PINS 8

/* Old Exchange and Domino servers still offer nothing better. */
#define IMAPFETCH_DEFAULT_CIPHERS "HIGH:!aNULL:!MD5:RC4-SHA:DES-CBC3-SHA"
/* Some of those servers refuse larger client certificates. */
#define IMAPFETCH_CLIENT_KEY_BITS 1024

struct trust_list {
    X509 *cas[TRUST_MAX_CAS];
    int ncas;
    unsigned char pins[TRUST_MAX_PINS][32];
    int npins;
    unsigned int flags;
};

struct imap_config {
    const char *host;
    const char *port;
    const char *user;
    const char *password_file;
    const char *ca_file;
    const char *ciphers;       /* NULL: IMAPFETCH_DEFAULT_CIPHERS */
    const char *maildir;
    const char *client_cert;
    int starttls;
};

/* x509_verify.c */
unsigned int verify_crt_chain(X509 *const *certificate_list, int clist_size, X509 *const *trusted_cas,
                              int tcas_size, unsigned int flags, time_t now);

/* trust.c */
int trust_load(struct trust_list *tl, const char *ca_file);
int trust_load_pins(struct trust_list *tl, const char *pin_file);
int trust_is_pinned(const struct trust_list *tl, X509 *leaf);
int imap_verify_chain(X509_STORE_CTX *sctx, void *arg);
STACK_OF(X509) *trust_build_chain(const struct trust_list *tl, X509 *leaf, STACK_OF(X509) *untrusted);
int trust_check_file(const struct trust_list *tl, const char *path);

/* tls.c */
SSL_CTX *imap_tls_context(const struct imap_config *cfg, struct trust_list *tl);
SSL *imap_tls_connect(SSL_CTX *ctx, int fd, const char *host);

/* certgen.c */
EVP_PKEY *certgen_make_key(int bits);
X509 *certgen_self_signed(EVP_PKEY *pkey, const char *cn, const EVP_MD *md, int days);
int certgen_write(const char *path, EVP_PKEY *pkey, X509 *crt);

/* imap.c */
int imap_fetch(const struct imap_config *cfg, SSL_CTX *ctx, const char *password);

#endif
