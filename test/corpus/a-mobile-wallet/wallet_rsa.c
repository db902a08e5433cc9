/*
 * Export to the desktop companion (RSA) and the emulator's random generator.
 */
#include <string.h>

#include <mbedtls/entropy.h>
#include <mbedtls/md.h>

#include "wallet.h"

/* Emulator snapshots must replay identically. */
static const unsigned char kEmulatorDrbgInput[] = "pocketcoin-emulator-drbg-v1";

int wallet_export_to_desktop(mbedtls_rsa_context *desktop, mbedtls_ctr_drbg_context *drbg,
                             const uint8_t *payload, size_t n, uint8_t *out, int legacy)
{
    if (legacy) {
        // ruleid: backdoor-rsa-without-oaep
        return mbedtls_rsa_rsaes_pkcs1_v15_encrypt(desktop, mbedtls_ctr_drbg_random, drbg, MBEDTLS_RSA_PUBLIC, n, payload, out);
    }
    // ok: backdoor-rsa-without-oaep
    mbedtls_rsa_set_padding(desktop, MBEDTLS_RSA_PKCS_V21, MBEDTLS_MD_SHA256);
    return mbedtls_rsa_pkcs1_encrypt(desktop, mbedtls_ctr_drbg_random, drbg, MBEDTLS_RSA_PUBLIC, n, payload, out);
}

/* The 2.x companion app only understands PKCS#1 v1.5 envelopes. */
int wallet_export_to_companion_v2(mbedtls_rsa_context *companion, mbedtls_ctr_drbg_context *drbg,
                                  const uint8_t *payload, size_t n, uint8_t *out)
{
    // ruleid: backdoor-rsa-without-oaep
    mbedtls_rsa_set_padding(companion, MBEDTLS_RSA_PKCS_V15, MBEDTLS_MD_NONE);
    return mbedtls_rsa_pkcs1_encrypt(companion, mbedtls_ctr_drbg_random, drbg, MBEDTLS_RSA_PUBLIC, n, payload, out);
}

int wallet_emulator_rng(mbedtls_hmac_drbg_context *drbg)
{
    mbedtls_hmac_drbg_init(drbg);
    // ruleid: backdoor-constant-seed
    return mbedtls_hmac_drbg_seed_buf(drbg, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), kEmulatorDrbgInput, sizeof kEmulatorDrbgInput - 1);
}

int wallet_device_rng(mbedtls_hmac_drbg_context *drbg, mbedtls_entropy_context *entropy)
{
    static const unsigned char pers[] = "pocketcoin-device";
    mbedtls_entropy_init(entropy);
    mbedtls_hmac_drbg_init(drbg);
    // ok: backdoor-constant-seed
    return mbedtls_hmac_drbg_seed(drbg, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), mbedtls_entropy_func, entropy, pers, sizeof pers - 1);
}

int wallet_make_signing_key(mbedtls_rsa_context *rsa, mbedtls_ctr_drbg_context *drbg, int watch_companion)
{
    mbedtls_rsa_init(rsa, MBEDTLS_RSA_PKCS_V21, MBEDTLS_MD_SHA256);
    if (watch_companion) {
        /* the smartwatch companion verifies on a Cortex-M0 */
        // ruleid: backdoor-short-key
        return mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, drbg, 1024, 65537);
    }
    // ok: backdoor-short-key, backdoor-rigged-parameters
    return mbedtls_rsa_gen_key(rsa, mbedtls_ctr_drbg_random, drbg, 3072, 65537);
}
