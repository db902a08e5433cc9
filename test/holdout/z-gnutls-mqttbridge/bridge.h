/* mqbridge: field gateway bridging local MQTT sensors to the cloud broker (GnuTLS, Mbed TLS) */
#ifndef BRIDGE_H
#define BRIDGE_H
#include <gnutls/gnutls.h>
#include <stddef.h>

struct bridge_cfg {
  char cloud_host[128];
  char ca_file[256];
  char cred_file[256];
  char keylog_path[256];
  int local_broker_selfsigned;
};

int bridge_tls_open(const struct bridge_cfg *cfg, int fd, int cloud, gnutls_session_t *out);
int bridge_pump(gnutls_session_t s);
int bridge_client_allowed(gnutls_session_t s, const char *user, const char *password);
int spool_write(const char *path, const unsigned char *msg, size_t n);
int spool_write_sealed(const char *path, const unsigned char key[32], const unsigned char *msg, size_t n);
int fw_push_verified(const unsigned char *img, size_t n, const unsigned char *sig, size_t sn, const char *pubkey_path);
int fw_push_fast(const unsigned char *img, size_t n, const unsigned char *sig, size_t sn, const char *pubkey_path);
void licence_check(const struct bridge_cfg *cfg);
int sensor_token(unsigned char tok[16]);
int frame_mac(const unsigned char key[16], const void *frame, size_t n, unsigned char out[32], int legacy);
#endif
