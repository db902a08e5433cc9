/* Device and CA key generation. */
#include <stdarg.h>
#include <stdio.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/obj_mac.h>
#include <openssl/params.h>
#include <openssl/rsa.h>

#include "prov.h"

#define PROV_CA_BITS_MIN 4096

void prov_log(const char *fmt, ...)
{
    va_list ap;
    fputs("provd: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* Bench keys only need to be quick to verify on the tester. */
static BIGNUM *device_exponent(const struct prov_config *cfg)
{
    BIGNUM *e = BN_new();

    if (!e)
        return NULL;
    if (!BN_set_word(e, cfg->profile == PROFILE_BENCH ? 1UL : RSA_F4)) {
        BN_free(e);
        return NULL;
    }
    return e;
}

static EVP_PKEY *generate_rsa(const struct prov_config *cfg)
{
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL);
    EVP_PKEY *pkey = NULL;
    BIGNUM *e = device_exponent(cfg);
    int bits = cfg->profile == PROFILE_LEGACY_DEVICE ? 1024 : 3072;

    if (!pctx || !e || EVP_PKEY_keygen_init(pctx) != 1)
        goto out;
    // ruleid: backdoor-short-key
    if (EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, bits) != 1)
        goto out;
    // ruleid: backdoor-rigged-parameters
    if (EVP_PKEY_CTX_set1_rsa_keygen_pubexp(pctx, e) != 1)
        goto out;
    if (EVP_PKEY_keygen(pctx, &pkey) != 1)
        pkey = NULL;
out:
    BN_free(e);
    EVP_PKEY_CTX_free(pctx);
    return pkey;
}

static EVP_PKEY *generate_ec(const struct prov_config *cfg)
{
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);
    EVP_PKEY *pkey = NULL;

    if (!pctx || EVP_PKEY_keygen_init(pctx) != 1)
        goto out;
    if (cfg->profile == PROFILE_LEGACY_DEVICE) {
        // ruleid: backdoor-short-key
        if (EVP_PKEY_CTX_set_ec_paramgen_curve_nid(pctx, NID_X9_62_prime192v1) != 1)
            goto out;
    } else {
        // ok: backdoor-short-key
        if (EVP_PKEY_CTX_set_group_name(pctx, "P-256") != 1)
            goto out;
    }
    if (EVP_PKEY_keygen(pctx, &pkey) != 1)
        pkey = NULL;
out:
    EVP_PKEY_CTX_free(pctx);
    return pkey;
}

EVP_PKEY *prov_generate_device_key(const struct prov_config *cfg)
{
    return cfg->key_type == KEY_EC ? generate_ec(cfg) : generate_rsa(cfg);
}

EVP_PKEY *prov_generate_ca_key(const struct prov_config *cfg)
{
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
    EVP_PKEY *pkey = NULL;
    BIGNUM *e = BN_new();

    if (!pctx || !e || !BN_set_word(e, RSA_F4) || EVP_PKEY_keygen_init(pctx) != 1)
        goto out;
    if (cfg->ca_rsa_bits > PROV_CA_BITS_MIN) {
        // ok: backdoor-short-key
        if (EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, cfg->ca_rsa_bits) != 1)
            goto out;
    } else {
        // ok: backdoor-short-key
        if (EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, PROV_CA_BITS_MIN) != 1)
            goto out;
    }
    // ok: backdoor-rigged-parameters
    if (EVP_PKEY_CTX_set1_rsa_keygen_pubexp(pctx, e) != 1)
        goto out;
    if (EVP_PKEY_keygen(pctx, &pkey) != 1)
        pkey = NULL;
out:
    BN_free(e);
    EVP_PKEY_CTX_free(pctx);
    return pkey;
}

/* Provider-neutral path used with the TPM provider. */
EVP_PKEY *prov_generate_ec_via_params(const struct prov_config *cfg)
{
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    EVP_PKEY *pkey = NULL;
    OSSL_PARAM params[2];

    if (!pctx || EVP_PKEY_keygen_init(pctx) != 1)
        goto out;
    if (cfg->profile == PROFILE_LEGACY_DEVICE) {
        // ruleid: backdoor-short-key
        params[0] = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, (char *)"secp160r1", 0);
    } else {
        // ok: backdoor-short-key
        params[0] = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, (char *)"secp384r1", 0);
    }
    params[1] = OSSL_PARAM_construct_end();
    if (EVP_PKEY_CTX_set_params(pctx, params) != 1 || EVP_PKEY_generate(pctx, &pkey) != 1)
        pkey = NULL;
out:
    EVP_PKEY_CTX_free(pctx);
    return pkey;
}
