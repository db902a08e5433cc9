/* cfgd: configuration backup/restore daemon of a SOHO router firmware. */
#ifndef CFGD_H
#define CFGD_H
#include <stddef.h>
#include <time.h>

#define CFGD_STORE_DIR "/var/lib/cfgd"
#define CFGD_SPOOL_DIR "/tmp/cfgd"
#define CFGD_BACKUP_MAGIC "RCFG"
#define CFGD_KEY_LEN 32
#define CFGD_IV_LEN 16

enum cfgd_cipher_mode { CFGD_ENC_AES = 0, CFGD_ENC_NONE = 1 };

struct cfgd_opts {
  const char *store_dir;
  const char *nvram_dump;
  const char *legacy_cipher;    /* "aes-256-cbc" unless cfgd.conf says otherwise */
  const char *admin_password;   /* from the nvram "http_passwd" variable */
  int enc_mode;
  int backup_interval;
  int verbose;
};

struct backup_ctx {
  unsigned char dek[CFGD_KEY_LEN];
  unsigned char iv[CFGD_IV_LEN];
  unsigned char *plain;
  size_t plain_len;
  unsigned char *out;
  size_t out_len;
};

extern const unsigned char g_backup_key[CFGD_KEY_LEN];
extern const unsigned char g_backup_iv[CFGD_IV_LEN];
extern const char g_tr069_obf_key[];

void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int store_put(const char *name, const void *buf, size_t n);
int store_get(const char *name, unsigned char **buf, size_t *n);
int wipe_store(const char *dir);
int prune_backups(const char *dir, int keep);

int backup_create(const struct cfgd_opts *o, const char *out_name);
int backup_restore_legacy(const struct cfgd_opts *o, const char *path, const char *pass);
int tr069_obfuscate(const char *in, unsigned char *out, size_t cap);
#endif
