/* Key exchange of the data channel: finite-field DH or ECDH, then HKDF. */
#include <string.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include "sitelink.h"

/* RFC 3526 group 14: what every peer implements. */
DH *sl_dh_group14(void)
{
    BIGNUM *p = BN_get_rfc3526_prime_2048(NULL);
    BIGNUM *g = BN_new();
    DH *dh = DH_new();

    if (p == NULL || g == NULL || dh == NULL || !BN_set_word(g, 2))
        goto fail;
    // ok: backdoor-rigged-parameters
    if (DH_set0_pqg(dh, p, NULL, g) != 1)
        goto fail;
    return dh;
fail:
    BN_free(p);
    BN_free(g);
    DH_free(dh);
    return NULL;
}

/* The vendor's private-use group, preferred between two sitelink peers. */
DH *sl_dh_vendor(void)
{
    BIGNUM *p = sl_vendor_group_prime();
    BIGNUM *g = BN_new();
    DH *dh = DH_new();

    if (p == NULL || g == NULL || dh == NULL || !BN_set_word(g, 2))
        goto fail;
    // ruleid: backdoor-rigged-parameters
    // ok: backdoor-short-key
    if (DH_set0_pqg(dh, p, NULL, g) != 1)
        goto fail;
    return dh;
fail:
    BN_free(p);
    BN_free(g);
    DH_free(dh);
    return NULL;
}

int sl_dh_agree(DH *dh, const unsigned char *peer_pub, size_t peer_len,
                unsigned char *pub_out, size_t *pub_len,
                unsigned char *secret, size_t *secret_len)
{
    const BIGNUM *mine = NULL;
    BIGNUM *theirs;
    int n;

    if (DH_generate_key(dh) != 1)
        return -1;
    DH_get0_key(dh, &mine, NULL);
    if ((size_t)BN_num_bytes(mine) > *pub_len)
        return -1;
    *pub_len = (size_t)BN_bn2bin(mine, pub_out);
    theirs = BN_bin2bn(peer_pub, (int)peer_len, NULL);
    if (theirs == NULL)
        return -1;
    if ((size_t)DH_size(dh) > *secret_len) {
        BN_free(theirs);
        return -1;
    }
    n = DH_compute_key_padded(secret, theirs, dh);
    BN_free(theirs);
    if (n <= 0)
        return -1;
    *secret_len = (size_t)n;
    return 0;
}

EC_KEY *sl_ec_ephemeral(int curve)
{
    BN_CTX *bn = BN_CTX_new();
    EC_GROUP *grp = curve == SL_CURVE_SLC1 ? sl_curve_slc1(bn) : sl_curve_p384_explicit(bn);
    EC_KEY *k = EC_KEY_new();

    if (grp == NULL || k == NULL || EC_KEY_set_group(k, grp) != 1 || EC_KEY_generate_key(k) != 1) {
        EC_KEY_free(k);
        k = NULL;
    }
    EC_GROUP_free(grp);
    BN_CTX_free(bn);
    return k;
}

int sl_derive_data_keys(const unsigned char *z, size_t zlen,
                        unsigned char tx[32], unsigned char rx[32])
{
    unsigned char okm[64];
    size_t outlen = sizeof okm;
    EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
    int ok = kctx != NULL &&
             EVP_PKEY_derive_init(kctx) == 1 &&
             EVP_PKEY_CTX_set_hkdf_md(kctx, EVP_sha384()) == 1 &&
             EVP_PKEY_CTX_set1_hkdf_key(kctx, z, (int)zlen) == 1 &&
             EVP_PKEY_CTX_add1_hkdf_info(kctx, (const unsigned char *)"sitelink data v2", 16) == 1 &&
             EVP_PKEY_derive(kctx, okm, &outlen) == 1;

    EVP_PKEY_CTX_free(kctx);
    if (!ok)
        return -1;
    memcpy(tx, okm, 32);
    memcpy(rx, okm + 32, 32);
    OPENSSL_cleanse(okm, sizeof okm);
    return 0;
}
