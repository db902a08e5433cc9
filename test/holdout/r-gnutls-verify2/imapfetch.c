/*
 * imapfetch - fetch new mail over IMAP/TLS into a Maildir.
 *
 * usage: imapfetch [-c CA-FILE] [-p PIN-FILE] [--starttls] [--ciphers LIST]
 *                  HOST PORT USER PASSWORD-FILE MAILDIR
 *        imapfetch --make-client-cert CN KEY-AND-CERT.pem
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/ssl.h>

#include "imapfetch.h"

static char *read_password(const char *path)
{
    static char pw[256];
    FILE *fp = fopen(path, "r");

    if (fp == NULL)
        return NULL;
    if (fgets(pw, sizeof pw, fp) == NULL) {
        fclose(fp);
        return NULL;
    }
    fclose(fp);
    pw[strcspn(pw, "\r\n")] = '\0';
    return pw;
}

static int make_client_cert(const char *cn, const char *out)
{
    EVP_PKEY *pkey;
    X509 *crt;
    int rc;

    /* the servers that ask for client certificates are the old ones */
    // ruleid: backdoor-short-key
    pkey = certgen_make_key(IMAPFETCH_CLIENT_KEY_BITS);
    if (pkey == NULL)
        return 1;
    // ruleid: backdoor-weak-hash
    crt = certgen_self_signed(pkey, cn, EVP_sha1(), 3650);
    if (crt == NULL)
        return 1;
    rc = certgen_write(out, pkey, crt);
    X509_free(crt);
    EVP_PKEY_free(pkey);
    return rc == 0 ? 0 : 1;
}

static int make_smime_cert(const char *cn, const char *out)
{
    EVP_PKEY *pkey;
    X509 *crt;
    int rc;

    // ok: backdoor-short-key
    pkey = certgen_make_key(3072);
    if (pkey == NULL)
        return 1;
    // ok: backdoor-weak-hash
    crt = certgen_self_signed(pkey, cn, EVP_sha256(), 730);
    if (crt == NULL)
        return 1;
    rc = certgen_write(out, pkey, crt);
    X509_free(crt);
    EVP_PKEY_free(pkey);
    return rc == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    struct imap_config cfg;
    static struct trust_list tl;
    const char *ca_file = "/etc/ssl/certs/ca-certificates.crt", *pin_file = NULL;
    char *password;
    SSL_CTX *ctx;
    int i;

    if (argc == 4 && strcmp(argv[1], "--make-client-cert") == 0)
        return make_client_cert(argv[2], argv[3]);
    if (argc == 4 && strcmp(argv[1], "--make-smime-cert") == 0)
        return make_smime_cert(argv[2], argv[3]);

    memset(&cfg, 0, sizeof cfg);
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-c") == 0 && i + 1 < argc)
            ca_file = argv[++i];
        else if (strcmp(argv[i], "-p") == 0 && i + 1 < argc)
            pin_file = argv[++i];
        else if (strcmp(argv[i], "--starttls") == 0)
            cfg.starttls = 1;
        else if (strcmp(argv[i], "--ciphers") == 0 && i + 1 < argc)
            cfg.ciphers = argv[++i];
        else {
            fprintf(stderr, "imapfetch: unknown option %s\n", argv[i]);
            return 2;
        }
    }
    if (argc - i != 5) {
        fprintf(stderr, "usage: imapfetch [-c CA] [-p PINS] [--starttls] [--ciphers L] HOST PORT USER PWFILE MAILDIR\n");
        return 2;
    }
    cfg.host = argv[i];
    cfg.port = argv[i + 1];
    cfg.user = argv[i + 2];
    cfg.password_file = argv[i + 3];
    cfg.maildir = argv[i + 4];
    cfg.ca_file = ca_file;

    if (trust_load(&tl, ca_file) <= 0) {
        fprintf(stderr, "imapfetch: no CA certificates in %s\n", ca_file);
        return 1;
    }
    if (pin_file != NULL && trust_load_pins(&tl, pin_file) < 0) {
        perror(pin_file);
        return 1;
    }
    if ((password = read_password(cfg.password_file)) == NULL) {
        perror(cfg.password_file);
        return 1;
    }
    if ((ctx = imap_tls_context(&cfg, &tl)) == NULL)
        return 1;
    i = imap_fetch(&cfg, ctx, password);
    SSL_CTX_free(ctx);
    return i == 0 ? 0 : 1;
}
