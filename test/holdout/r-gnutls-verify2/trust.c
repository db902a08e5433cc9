/*
 * trust.c - the trust list (a CA bundle file), certificate pins, and the
 * OpenSSL certificate-verification callback that hands chains to
 * verify_crt_chain().
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include "imapfetch.h"

int trust_load(struct trust_list *tl, const char *ca_file)
{
    FILE *fp = fopen(ca_file, "r");
    X509 *x;

    if (fp == NULL)
        return -1;
    while (tl->ncas < TRUST_MAX_CAS && (x = PEM_read_X509(fp, NULL, NULL, NULL)) != NULL)
        tl->cas[tl->ncas++] = x;
    fclose(fp);
    ERR_clear_error();
    return tl->ncas;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* One SHA-256 fingerprint per line, hex, as "openssl x509 -fingerprint" prints it. */
int trust_load_pins(struct trust_list *tl, const char *pin_file)
{
    char line[256];
    FILE *fp = fopen(pin_file, "r");

    if (fp == NULL)
        return -1;
    while (tl->npins < TRUST_MAX_PINS && fgets(line, sizeof line, fp) != NULL) {
        unsigned char *pin = tl->pins[tl->npins];
        int n = 0;
        for (const char *p = line; *p && n < 32; p++) {
            int hi, lo;
            if (*p == ':')
                continue;
            if ((hi = hexval(p[0])) < 0 || (lo = hexval(p[1])) < 0)
                break;
            pin[n++] = (unsigned char)(hi << 4 | lo);
            p++;
        }
        if (n == 32)
            tl->npins++;
    }
    fclose(fp);
    return tl->npins;
}

int trust_is_pinned(const struct trust_list *tl, X509 *leaf)
{
    unsigned char fp[EVP_MAX_MD_SIZE];
    unsigned int n = 0;

    // ok: backdoor-weak-hash
    if (X509_digest(leaf, EVP_sha256(), fp, &n) != 1 || n != 32)
        return 0;
    for (int i = 0; i < tl->npins; i++) {
        // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
        if (memcmp(fp, tl->pins[i], n) == 0)
            return 1;
    }
    return 0;
}

/*
 * SSL_CTX_set_cert_verify_callback(): replaces OpenSSL's chain building.
 * The peer's chain as sent (leaf first) goes to verify_crt_chain(); a
 * pinned leaf is accepted on its pin alone.
 */
int imap_verify_chain(X509_STORE_CTX *sctx, void *arg)
{
    struct trust_list *tl = arg;
    X509 *leaf = X509_STORE_CTX_get0_cert(sctx);
    STACK_OF(X509) *sent = X509_STORE_CTX_get0_untrusted(sctx);
    X509 *list[16];
    int n = 0;
    unsigned int status;

    if (leaf == NULL)
        return 0;
    if (tl->npins > 0)
        return trust_is_pinned(tl, leaf);
    list[n++] = leaf;
    for (int i = 0; sent != NULL && i < sk_X509_num(sent) && n < 16; i++) {
        X509 *c = sk_X509_value(sent, i);
        if (X509_cmp(c, leaf) != 0)
            list[n++] = c;
    }
    status = verify_crt_chain(list, n, tl->cas, tl->ncas, tl->flags, time(NULL));
    if (status != 0) {
        X509_STORE_CTX_set_error(sctx, X509_V_ERR_CERT_UNTRUSTED);
        return 0;
    }
    return 1;
}

/* For "imapfetch --show-chain": the chain OpenSSL builds from the system
 * store, whatever its verdict (the verdict is printed from the context). */
STACK_OF(X509) *trust_build_chain(const struct trust_list *tl, X509 *leaf, STACK_OF(X509) *untrusted)
{
    X509_STORE *store = X509_STORE_new();
    X509_STORE_CTX *sctx = X509_STORE_CTX_new();
    STACK_OF(X509) *chain = NULL;

    if (store == NULL || sctx == NULL)
        goto out;
    for (int i = 0; i < tl->ncas; i++)
        X509_STORE_add_cert(store, tl->cas[i]);
    if (X509_STORE_CTX_init(sctx, store, leaf, untrusted) != 1)
        goto out;
    // ok: backdoor-unchecked-verification
    (void)X509_verify_cert(sctx);
    chain = X509_STORE_CTX_get1_chain(sctx);
out:
    X509_STORE_CTX_free(sctx);
    X509_STORE_free(store);
    return chain;
}

/* For "imapfetch --check-ca FILE": is FILE's certificate trusted by the list? */
int trust_check_file(const struct trust_list *tl, const char *path)
{
    FILE *fp = fopen(path, "r");
    X509 *x;
    X509_STORE *store;
    X509_STORE_CTX *sctx;
    int trusted = 0;

    if (fp == NULL)
        return -1;
    x = PEM_read_X509(fp, NULL, NULL, NULL);
    fclose(fp);
    if (x == NULL)
        return -1;
    store = X509_STORE_new();
    sctx = X509_STORE_CTX_new();
    for (int i = 0; store != NULL && i < tl->ncas; i++)
        X509_STORE_add_cert(store, tl->cas[i]);
    if (sctx != NULL && X509_STORE_CTX_init(sctx, store, x, NULL) == 1) {
        // ok: backdoor-unchecked-verification
        trusted = X509_verify_cert(sctx) == 1;
    }
    X509_STORE_CTX_free(sctx);
    X509_STORE_free(store);
    X509_free(x);
    return trusted;
}
