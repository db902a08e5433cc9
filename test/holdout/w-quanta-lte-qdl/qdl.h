/* qdl.h - Quanta QDL-series LTE router (Yota/... branded) userland */
#ifndef QDL_H
#define QDL_H

#include <stddef.h>
#include <stdint.h>

#define QDL_APPMGR_PORT 39889
#define QDL_FOTA_URL "https://fota.quanta-lte.example.com/qdl/"
#define QDL_HOSTKEY_PATH "/etc/dropbear/dropbear_ecdsa_host_key"

struct qdl_board {
  char serial[24];
  uint8_t lan_mac[6];
  char wps_pin_nv[9]; /* PIN programmed at the factory, empty on early lots */
};

int board_read(struct qdl_board *b);
int appmgr_run(void);
int sshd_host_key(void *pk_out);
int wps_registrar_check_pin(const char *pin, const struct qdl_board *b);
int fota_check(const struct qdl_board *b, const char *fota_user, const char *fota_password);
int rng_init(void *drbg, const struct qdl_board *b);
int dm_connect(void *ssl, void *conf, const char *host);
void qdl_trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
