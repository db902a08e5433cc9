/* FortiOS 4.x/5.x management-plane authentication and configuration secrets. */
#ifndef FOS_H
#define FOS_H

#include <stddef.h>

struct fos_ssh_session {
  int fd;
  char user[64];
  char challenge[32];
  int authenticated;
};

struct fos_admin {
  char name[64];
  unsigned char pw_salt[16];
  unsigned char pw_hash[32];
  int console_only;
};

const struct fos_admin *fos_admin_lookup(const char *name);
const char *fos_serial_number(void);
void fos_log_event(const char *fmt, ...);

int sshd_auth_password(struct fos_ssh_session *s, const char *password);
int console_login(const char *user, const char *password);

int fos_enc_encrypt(const char *plain, char *b64_out, size_t cap);
int fos_enc_decrypt(const char *b64_in, char *plain_out, size_t cap);
int fos_backup_encrypt(const char *backup_password, const unsigned char *cfg, size_t n,
                       unsigned char *out, size_t *out_len);

#endif
