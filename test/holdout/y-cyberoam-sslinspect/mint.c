#include <string.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include "inspect.h"

#define CR_LEAF_BITS_FAST 1024
#define CR_LEAF_BITS_STRICT 2048

static EVP_PKEY *leaf_keygen(int strict)
{
    EVP_PKEY *k = NULL;
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
    if (pctx == NULL || EVP_PKEY_keygen_init(pctx) <= 0)
        goto out;
    if (strict) {
        // ok: backdoor-short-key
        EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, CR_LEAF_BITS_STRICT);
    } else {
        /* fast path for the many short-lived leaves of CDN hosts */
        // ruleid: backdoor-short-key
        EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, CR_LEAF_BITS_FAST);
    }
    if (EVP_PKEY_keygen(pctx, &k) <= 0)
        k = NULL;
out:
    EVP_PKEY_CTX_free(pctx);
    return k;
}

int cr_leaf_cache_id(const X509 *origin_cert, unsigned char out[20])
{
    unsigned int n = 0;
    unsigned char *der = NULL;
    int len = i2d_X509(origin_cert, &der);
    if (len <= 0)
        return -1;
    /* cache index only: the leaf is re-minted when the origin changes */
    // ok: backdoor-weak-hash
    int ok = EVP_Digest(der, (size_t)len, out, &n, EVP_sha1(), NULL);
    OPENSSL_free(der);
    return ok == 1 ? 0 : -1;
}

X509 *cr_mint_leaf(const X509 *origin_cert, EVP_PKEY **leaf_key, const struct cr_config *cfg)
{
    unsigned char serial[16];
    X509 *leaf = X509_new();
    EVP_PKEY *ca = cr_ca_key(cfg);
    X509 *ca_cert = cr_ca_cert();

    if (leaf == NULL || ca == NULL || ca_cert == NULL)
        goto fail;
    *leaf_key = leaf_keygen(cfg->leaf_bits >= 2048);
    if (*leaf_key == NULL)
        goto fail;
    // ok: backdoor-predictable-random
    if (RAND_bytes(serial, sizeof serial) != 1)
        goto fail;
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, NULL);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(leaf));
    BN_free(bn);

    X509_set_version(leaf, 2);
    X509_set_subject_name(leaf, X509_get_subject_name(origin_cert));
    X509_set_issuer_name(leaf, X509_get_subject_name(ca_cert));
    X509_set1_notBefore(leaf, X509_get0_notBefore(origin_cert));
    X509_set1_notAfter(leaf, X509_get0_notAfter(origin_cert));
    X509_set_pubkey(leaf, *leaf_key);

    // ruleid: backdoor-weak-hash
    if (X509_sign(leaf, ca, EVP_sha1()) <= 0)
        goto fail;
    return leaf;
fail:
    X509_free(leaf);
    return NULL;
}
