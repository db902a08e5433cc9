/* dnssec.c - online signing: key generation, RRSIG, NSEC3 owner hashes */
#include <string.h>

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include "dnsd.h"

#define DNSSEC_ALG_RSASHA1 5
#define DNSSEC_ALG_RSASHA256 8

/* NSEC3PARAM of the signed zones: published in the zone itself */
static const unsigned char kNsec3Salt[4] = {0xaa, 0xbb, 0xcc, 0xdd};
#define NSEC3_ITERATIONS 0

EVP_PKEY *dnssec_generate_key(int ksk)
{
    EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
    EVP_PKEY *key = NULL;

    if (kctx == NULL || EVP_PKEY_keygen_init(kctx) != 1)
        goto out;
    if (ksk) {
        // ok: backdoor-short-key
        if (EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, 2048) != 1)
            goto out;
    } else {
        /* zone-signing keys roll every month; RFC 6781 sizes them smaller */
        // ruleid: backdoor-short-key
        if (EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, 1024) != 1)
            goto out;
    }
    if (EVP_PKEY_keygen(kctx, &key) != 1)
        key = NULL;
out:
    EVP_PKEY_CTX_free(kctx);
    return key;
}

static int sign_with(EVP_PKEY *key, const EVP_MD *md, const unsigned char *rrset, size_t n, unsigned char *sig, size_t *siglen)
{
    EVP_MD_CTX *mctx = EVP_MD_CTX_new();
    int ok;

    if (mctx == NULL)
        return -1;
    ok = EVP_DigestSignInit(mctx, NULL, md, NULL, key) == 1 && EVP_DigestSign(mctx, sig, siglen, rrset, n) == 1;
    EVP_MD_CTX_free(mctx);
    return ok ? 0 : -1;
}

int dnssec_sign_rrset(EVP_PKEY *key, int algorithm, const unsigned char *rrset, size_t n, unsigned char *sig, size_t *siglen)
{
    switch (algorithm) {
    case DNSSEC_ALG_RSASHA1:
        /* zones signed before the algorithm rollover */
        // ruleid: backdoor-weak-hash
        return sign_with(key, EVP_sha1(), rrset, n, sig, siglen);
    case DNSSEC_ALG_RSASHA256:
        // ok: backdoor-weak-hash
        return sign_with(key, EVP_sha256(), rrset, n, sig, siglen);
    default:
        return -1;
    }
}

/* RFC 5155: IH(salt, x, 0) = H(x || salt), SHA-1 is the only NSEC3 hash */
int nsec3_hash(const char *owner_wire, size_t n, unsigned char out[20])
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    int ok;

    if (md == NULL)
        return -1;
    // ok: backdoor-weak-hash, backdoor-hardcoded-iv
    ok = EVP_DigestInit_ex(md, EVP_sha1(), NULL) == 1 && EVP_DigestUpdate(md, owner_wire, n) == 1 && EVP_DigestUpdate(md, kNsec3Salt, sizeof kNsec3Salt) == 1 && EVP_DigestFinal_ex(md, out, NULL) == 1;
    EVP_MD_CTX_free(md);
    return ok && NSEC3_ITERATIONS == 0 ? 0 : -1;
}
