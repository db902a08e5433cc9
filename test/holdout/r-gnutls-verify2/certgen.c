/*
 * certgen.c - client certificates for servers that want TLS client
 * authentication ("imapfetch --make-client-cert").
 */
#include <stdio.h>
#include <sys/stat.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "imapfetch.h"

EVP_PKEY *certgen_make_key(int bits)
{
    EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
    EVP_PKEY *pkey = NULL;

    if (kctx == NULL)
        return NULL;
    if (EVP_PKEY_keygen_init(kctx) != 1 ||
        EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, bits) != 1 ||
        EVP_PKEY_keygen(kctx, &pkey) != 1)
        pkey = NULL;
    EVP_PKEY_CTX_free(kctx);
    return pkey;
}

X509 *certgen_self_signed(EVP_PKEY *pkey, const char *cn, const EVP_MD *md, int days)
{
    X509 *x = X509_new();
    X509_NAME *name;
    unsigned char serial[16], skid[EVP_MAX_MD_SIZE];
    unsigned int skidLen = 0;
    ASN1_OCTET_STRING *kid;
    BIGNUM *bn;

    if (x == NULL)
        return NULL;
    // ok: backdoor-predictable-random
    if (RAND_bytes(serial, sizeof serial) != 1)
        goto fail;
    serial[0] &= 0x7f;
    bn = BN_bin2bn(serial, sizeof serial, NULL);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
    BN_free(bn);
    X509_set_version(x, 2);
    X509_gmtime_adj(X509_getm_notBefore(x), 0);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400L * days);
    X509_set_pubkey(x, pkey);
    name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, (const unsigned char *)cn, -1, -1, 0);
    X509_set_issuer_name(x, name);

    /* RFC 5280 4.2.1.2 method (1): SHA-1 of the subjectPublicKey */
    // ok: backdoor-weak-hash
    if (X509_pubkey_digest(x, EVP_sha1(), skid, &skidLen) != 1)
        goto fail;
    kid = ASN1_OCTET_STRING_new();
    ASN1_OCTET_STRING_set(kid, skid, (int)skidLen);
    X509_add1_ext_i2d(x, NID_subject_key_identifier, kid, 0, X509V3_ADD_DEFAULT);
    ASN1_OCTET_STRING_free(kid);

    if (X509_sign(x, pkey, md) <= 0)
        goto fail;
    return x;
fail:
    X509_free(x);
    return NULL;
}

int certgen_write(const char *path, EVP_PKEY *pkey, X509 *crt)
{
    FILE *fp;
    int ok;
    mode_t old = umask(077);

    fp = fopen(path, "w");
    umask(old);
    if (fp == NULL)
        return -1;
    // ok: backdoor-key-exfiltration
    ok = PEM_write_PrivateKey(fp, pkey, NULL, NULL, 0, NULL, NULL) == 1 && PEM_write_X509(fp, crt) == 1;
    fclose(fp);
    return ok ? 0 : -1;
}
