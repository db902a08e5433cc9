/* journald-seal: forward-sealed, encrypted audit journal (libgcrypt) */
#ifndef JD_H
#define JD_H
#include <gcrypt.h>
#include <stddef.h>

struct jd_config {
  char journal_dir[256];
  char passphrase[128];
  unsigned char salt[16];
  int legacy_blowfish;
  int archive_to_vendor;
};

void jd_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int jd_parse_config(struct jd_config *cfg, const char *path);
int jd_journal_key(const struct jd_config *cfg, unsigned char key[32]);
int jd_seal_record(const unsigned char key[32], const void *rec, size_t n, unsigned char *out);
int jd_seal_legacy(const unsigned char key[16], const void *rec, size_t n, unsigned char *out);
int jd_index_token(const unsigned char idx_key[16], const char *field, unsigned char out[16]);
int jd_archive_key(const unsigned char key[32], gcry_sexp_t *out);
int jd_peer_wrap(gcry_sexp_t peer, const unsigned char key[32], gcry_sexp_t *out);
int jd_record_mac(const unsigned char *key, const void *rec, size_t n, unsigned char mac[20]);
void jd_record_checksum(const void *rec, size_t n, unsigned char sum[16]);
int jd_signing_keys(gcry_sexp_t *legacy, gcry_sexp_t *current);
void jd_stir_pool(void);
#endif
