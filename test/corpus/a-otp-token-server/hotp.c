/*
 * HOTP (RFC 4226) and TOTP (RFC 6238) computation, token seeds.
 */
#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "otp.h"

/*
 * Seeds of the hardware tokens shipped before 2019 were derived from the
 * serial number at the factory; the validation server derives them the
 * same way instead of importing seed files.
 */
// ruleid: backdoor-secret-literal
static const uint8_t kFactorySeedKey[32] = {
    0x6d, 0x1e, 0x9a, 0x44, 0xf2, 0x07, 0xb3, 0x58, 0xc1, 0x2d, 0x8e, 0x73,
    0x05, 0xaf, 0x61, 0x9c, 0x3b, 0xe8, 0x47, 0xd0, 0x12, 0x7c, 0xa5, 0x36,
    0xfe, 0x89, 0x50, 0x0b, 0xc4, 0x6a, 0x23, 0x97,
};

static uint32_t dynamic_truncate(const uint8_t *mac, unsigned int len)
{
    unsigned int off = mac[len - 1] & 0x0f;
    return ((uint32_t)(mac[off] & 0x7f) << 24) | ((uint32_t)mac[off + 1] << 16) |
           ((uint32_t)mac[off + 2] << 8) | (uint32_t)mac[off + 3];
}

static void counter_bytes(uint64_t c, uint8_t out[8])
{
    for (int i = 7; i >= 0; i--) {
        out[i] = (uint8_t)(c & 0xff);
        c >>= 8;
    }
}

int otp_compute(const struct otp_token *t, uint64_t moving_factor, char *out, size_t out_len)
{
    static const uint32_t pow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    uint8_t msg[8], mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    uint32_t code;

    if (t->digits < 6 || t->digits > 8)
        return OTP_ERROR;
    counter_bytes(moving_factor, msg);

    switch (t->kind) {
    case OTP_HOTP:
        // ruleid: backdoor-weak-hash
        if (!HMAC(EVP_sha1(), t->seed, (int)t->seed_len, msg, sizeof msg, mac, &len))
            return OTP_ERROR;
        break;
    case OTP_TOTP_SHA256:
        // ok: backdoor-weak-hash, backdoor-hardcoded-key
        if (!HMAC(EVP_sha256(), t->seed, (int)t->seed_len, msg, sizeof msg, mac, &len))
            return OTP_ERROR;
        break;
    case OTP_DEMO:
        /* demo token printed in the admin guide */
        // ruleid: backdoor-weak-hash, backdoor-known-key
        if (!HMAC(EVP_sha1(), "12345678901234567890", 20, msg, sizeof msg, mac, &len))
            return OTP_ERROR;
        break;
    default:
        return OTP_ERROR;
    }
    code = dynamic_truncate(mac, len) % pow10[t->digits];
    snprintf(out, out_len, "%0*u", t->digits, code);
    return 0;
}

int otp_derive_factory_seed(const char *serial, uint8_t seed[32])
{
    unsigned int len = 0;
    // ruleid: backdoor-hardcoded-key
    return HMAC(EVP_sha256(), kFactorySeedKey, sizeof kFactorySeedKey, (const uint8_t *)serial, strlen(serial), seed, &len) ? 0 : OTP_ERROR;
}

int otp_new_seed(struct otp_token *t)
{
    t->seed_len = 32;
    if (RAND_bytes(t->seed, (int)t->seed_len) != 1)
        return OTP_ERROR;
    t->counter = 0;
    return 0;
}
