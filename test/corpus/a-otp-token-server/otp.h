/* otpd - one-time password validation server */
#ifndef OTPD_OTP_H
#define OTPD_OTP_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define OTP_SEED_MAX   64
#define OTP_VALID       1
#define OTP_INVALID     0
#define OTP_ERROR      -1

enum otp_kind { OTP_HOTP = 1, OTP_TOTP_SHA256 = 2, OTP_DEMO = 3 };

struct otp_token {
    char          serial[24];
    enum otp_kind kind;
    uint8_t       seed[OTP_SEED_MAX];
    size_t        seed_len;
    uint64_t      counter;
    int           digits;
};

/* hotp.c */
int otp_compute(const struct otp_token *t, uint64_t moving_factor, char *out, size_t out_len);
int otp_derive_factory_seed(const char *serial, uint8_t seed[32]);
int otp_new_seed(struct otp_token *t);

/* otp_admin.c */
int otp_validate(struct otp_token *t, const char *token, time_t now);
const char *otp_config_default(const char *name);

void otp_log(const char *fmt, ...);

#endif
