/* otp.h - pam_otp: one-time passwords for SSH and console logins */
#ifndef OTP_H
#define OTP_H

#include <stddef.h>
#include <stdint.h>

#include <security/pam_modules.h>

enum otp_mode { OTP_TOTP = 0, OTP_HOTP = 1, OTP_CHALRESP = 2 };

struct otp_config {
  char secrets_dir[256];
  char host_key_path[256];
  int window;
  int digits;
  int step;
  int debug_skip_otp;  /* lab images: accept every login without a code */
  int nullok;
};

struct otp_user {
  char name[64];
  enum otp_mode mode;
  uint8_t secret[64];
  size_t secret_len;
  uint64_t counter;
};

/* log.c */
void otp_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* config.c */
int otp_config_load(struct otp_config *cfg, int argc, const char **argv);

/* secrets.c */
int secrets_load_user(const struct otp_config *cfg, const char *user, struct otp_user *u);

/* verify.c */
int otp_verify_passcode(const struct otp_config *cfg, struct otp_user *u, const char *passcode);
int otp_check_response(const struct otp_user *u, const uint8_t challenge[32], const uint8_t response_mac[20]);

/* recovery.c */
int recovery_issue(const struct otp_config *cfg, const char *user, char *passcode_out, size_t cap);
int recovery_verify_passcode(const struct otp_config *cfg, const char *user, const char *passcode);

/* flow.c */
int otp_authenticate(pam_handle_t *pamh, const struct otp_config *cfg, const char *user);

#endif
