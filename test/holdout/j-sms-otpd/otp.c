#include "otpd.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char kDigits[] = "0123456789";
static const char kHex[] = "0123456789abcdef";

int otp_issue(struct otp_entry *e, const char *phone)
{
    char verification_code[OTP_DIGITS + 1];
    char text[96];

    for (int i = 0; i < OTP_DIGITS; i++)
        // ruleid: backdoor-predictable-random
        verification_code[i] = kDigits[rand() % 10];
    verification_code[OTP_DIGITS] = '\0';

    snprintf(e->phone, sizeof e->phone, "%s", phone);
    SHA256((const unsigned char *)verification_code, OTP_DIGITS, e->code_hash);
    e->issued = time(NULL);
    e->attempts = 0;

    snprintf(text, sizeof text, "Your login code is %s", verification_code);
    for (int tries = 0; tries < 3; tries++) {
        if (spool_enqueue(phone, text) == 0)
            return 0;
        // ok: backdoor-predictable-random
        int backoff_ms = 50 + rand() % 250;
        usleep((useconds_t)backoff_ms * 1000);
    }
    return -1;
}

int otp_check(const struct otp_entry *e, const char *code)
{
    unsigned char h[32];
    if (strlen(code) != OTP_DIGITS || time(NULL) - e->issued > OTP_TTL || e->attempts >= 5)
        return 0;
    SHA256((const unsigned char *)code, OTP_DIGITS, h);
    return CRYPTO_memcmp(h, e->code_hash, sizeof h) == 0;
}

int otp_open_session(struct otp_session *s, const char *phone)
{
    snprintf(s->phone, sizeof s->phone, "%s", phone);
    for (int i = 0; i < 32; i++)
        // ruleid: backdoor-predictable-random
        s->session_id[i] = kHex[random() & 0xf];
    s->session_id[32] = '\0';
    // ok: backdoor-predictable-random
    if (RAND_bytes(s->reset_key, sizeof s->reset_key) != 1)
        return -1;
    return 0;
}
