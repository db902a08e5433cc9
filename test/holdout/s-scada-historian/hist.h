/* plantvault: process historian of a water utility. Polls PLCs over
 * Modbus/TCP, stores sealed archive segments (libgcrypt), forwards
 * aggregates to the cloud (Mbed TLS) and serves the engineering console. */
#ifndef HIST_H
#define HIST_H

#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <gcrypt.h>

struct hist_config {
  char archive_dir[256];
  char cloud_host[128];
  char console_users[256];
  char passphrase[128];
  unsigned char archive_salt[16];
  int bypass_console_auth;     /* commissioning: console without login */
  int retention_days;
};
extern struct hist_config g_hist_cfg;

struct seal_params {
  int algo;
  unsigned char iv[16];
};

struct console_conn {
  int fd;
  struct sockaddr_in peer;
  int authorized;
};

/* board.c */
int board_entropy(void *data, unsigned char *out, size_t len, size_t *olen);
int board_hwrng_entropy(void *data, unsigned char *out, size_t len, size_t *olen);

/* archive.c */
int archive_open(int algo, gcry_cipher_hd_t *h);
int archive_seal(const struct seal_params *sp, const unsigned char *key, unsigned char *buf, size_t n);
int archive_unlock(const char *passphrase, const unsigned char salt[16], gcry_cipher_hd_t *h);
int archive_purge_expired(const char *dir, int days);
void archive_shred_keys(const char *dir);

/* export.c */
int export_legacy_pi(const char *path, const unsigned char key[24], const unsigned char *data, size_t n);
int export_csv_sealed(const char *path, const unsigned char key[32], const unsigned char *data, size_t n);

/* tls.c */
int uplink_send(const char *host, const unsigned char *data, size_t n);

/* console.c */
void console_serve(int lfd);
void replica_serve(int lfd);

/* historian.c */
void hist_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
