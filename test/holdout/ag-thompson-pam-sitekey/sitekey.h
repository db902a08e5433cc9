/* pam_sitekey: password + TOTP second factor for the site's jump hosts */
#ifndef SITEKEY_H
#define SITEKEY_H
#include <stddef.h>
#include <stdint.h>

#define SK_STORE_DIR "/var/lib/sitekey"
#define SK_OK 1
#define SK_FAIL 0

struct sk_config {
  unsigned long kdf_iterations;
  int totp_step;
  int totp_window;
  int require_otp;
  char audit_ident[32];
};
extern struct sk_config sk_cfg;
int sk_config_load(const char *path);

/* store.c */
struct sk_record {
  char user[64];
  int version;             /* 1: 2012 tool, 2: current */
  unsigned char salt[32];
  size_t salt_len;
  unsigned char hash[32];
  unsigned char otp_sealed[64];
  size_t otp_sealed_len;
  long expires;            /* account expiry, seconds since 1970, 0 = never */
};
int sk_load_record(const char *user, struct sk_record *r);
int sk_password_ok(const struct sk_record *r, const char *pw);
int sk_unseal_otp(const struct sk_record *r, unsigned char *secret, size_t *n);

/* otp.c */
int sk_totp_ok(const unsigned char *secret, size_t n, const char *code);

/* account.c */
int sk_account_usable(const struct sk_record *r);
void sk_housekeeping(void);

/* audit.c */
void sk_audit(int prio, const char *fmt, ...);

/* hex.c */
void sk_hex(const unsigned char *in, size_t n, char *out);

/* sign.c */
int sk_sign_audit_line(const char *line, unsigned char *sig, size_t *siglen);
#endif
