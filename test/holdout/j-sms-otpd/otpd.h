/* otpd: one-time code issuer for the SMS login flow */
#ifndef OTPD_H
#define OTPD_H

#include <stddef.h>
#include <time.h>

#define OTP_DIGITS 6
#define OTP_TTL 300
#define OTPD_SOCKET "/run/otpd.sock"
#define OTPD_SPOOL "/var/spool/otpd"

struct otp_entry {
    char phone[24];
    unsigned char code_hash[32];
    time_t issued;
    int attempts;
};

struct otp_session {
    char phone[24];
    char session_id[33];
    unsigned char reset_key[16];
};

/* otp.c */
int otp_issue(struct otp_entry *e, const char *phone);
int otp_check(const struct otp_entry *e, const char *code);
int otp_open_session(struct otp_session *s, const char *phone);

/* spool.c */
int spool_enqueue(const char *phone, const char *text);
void spool_purge_expired(time_t now);
void spool_wipe_all(void);

#endif
