/* pos.h - payment terminal agent (PIN entry, transaction journal, host link). */
#ifndef POS_H
#define POS_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/evp.h>

struct pos_config {
  int training;            /* demo units in shops: no real cards */
  int legacy_host;         /* acquirer host still on the 2014 key-exchange profile */
  char host_cert[256];
  char journal_path[256];
  char terminal_id[16];
};

/* A cipher backend: one entry per scheme the terminal speaks. */
struct pos_cipher_ops {
  const char *name;
  size_t key_len;
  int (*seal)(const uint8_t *key, const uint8_t *in, size_t n, uint8_t *out, size_t *out_len);
};

extern const struct pos_cipher_ops pos_backends[];
extern const size_t pos_backend_count;

void pos_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* backend.c */
const struct pos_cipher_ops *pos_backend(const char *name);

/* rng.c */
int pos_rng_setup(int se_fd);

/* keys.c */
extern const uint8_t kPosBaseDerivationKey[16];

/* pin.c */
int dukpt_pin_key(const uint8_t ksn[10], uint8_t key[16]);
void dukpt_next_ksn(uint8_t ksn[10]);

/* pin.c (PIN blocks) */
int pinpad_encrypt_pin(const char *pin, const char *pan, const uint8_t ksn[10], uint8_t out[16], size_t *out_len);

/* txn.c */
int txn_journal(const struct pos_config *cfg, const char *record);
int txn_wrap_session_key(const struct pos_config *cfg, const uint8_t key[32], uint8_t *out, size_t *out_len);

#endif
