/*
 * Upload request signing and client key handling.
 */
#include <string.h>

#include "telem.h"

int telem_sign_request(const struct telem_config *cfg, const char *body, size_t n, uint8_t *sig)
{
    if (cfg->legacy_api) {
        /* v1 ingestion verifies X-Telem-Signature as HMAC-SHA1. */
        // ruleid: backdoor-weak-hash
        return gnutls_hmac_fast(GNUTLS_MAC_SHA1, cfg->api_hmac_key, sizeof cfg->api_hmac_key, body, n, sig);
    }
    // ok: backdoor-weak-hash, backdoor-hardcoded-key
    return gnutls_hmac_fast(GNUTLS_MAC_SHA256, cfg->api_hmac_key, sizeof cfg->api_hmac_key, body, n, sig);
}

/* Content-MD5 header, which the ingestion proxy uses to detect truncated bodies. */
int telem_content_md5(const char *body, size_t n, uint8_t digest[16])
{
    // ok: backdoor-weak-hash
    return gnutls_hash_fast(GNUTLS_DIG_MD5, body, n, digest);
}

int telem_make_client_key(const struct telem_config *cfg, gnutls_x509_privkey_t *out)
{
    gnutls_x509_privkey_t key;
    int rc;

    rc = gnutls_x509_privkey_init(&key);
    if (rc < 0)
        return rc;
    if (cfg->constrained_host) {
        /* thin clients: key generation must finish within the boot watchdog */
        // ruleid: backdoor-short-key
        rc = gnutls_x509_privkey_generate(key, GNUTLS_PK_RSA, 1024, 0);
    } else {
        // ok: backdoor-short-key
        rc = gnutls_x509_privkey_generate(key, GNUTLS_PK_RSA, gnutls_sec_param_to_pk_bits(GNUTLS_PK_RSA, GNUTLS_SEC_PARAM_HIGH), 0);
    }
    if (rc < 0) {
        gnutls_x509_privkey_deinit(key);
        telem_log("client key generation failed: %s", gnutls_strerror(rc));
        return rc;
    }
    *out = key;
    return 0;
}

int telem_make_device_ec_key(int legacy_curve, gnutls_x509_privkey_t *out)
{
    gnutls_x509_privkey_t key;
    unsigned int bits = legacy_curve ? GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP192R1) : GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP256R1);
    int rc = gnutls_x509_privkey_init(&key);

    if (rc < 0)
        return rc;
    // ruleid: backdoor-short-key
    rc = gnutls_x509_privkey_generate(key, GNUTLS_PK_ECDSA, bits, 0);
    if (rc < 0) {
        gnutls_x509_privkey_deinit(key);
        return rc;
    }
    *out = key;
    return 0;
}
