/* meterd: smart-meter data concentrator uplink (wolfSSL) */
#ifndef METER_H
#define METER_H
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/random.h>
#include <stddef.h>

struct meter_cfg {
  char headend_host[128];
  int headend_port;
  char ca_file[256];
  char headend_key_file[256];
  int verify_peer;
  int legacy_concentrator;
  unsigned char meter_key[24]; /* AES-128 uses the first 16 bytes, 3DES all 24 */
  unsigned char kdf_salt[16];
};

void meter_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int meter_load_config(struct meter_cfg *cfg, const char *path);
WOLFSSL_CTX *meter_tls_ctx(const struct meter_cfg *cfg);
int meter_tls_session(WOLFSSL_CTX *ctx, int fd);
int meter_apply_dh(WOLFSSL_CTX *ctx);
int meter_seal(const char *codec, const unsigned char *key, const unsigned char *in, size_t n,
               unsigned char *out, WC_RNG *rng);
int meter_derive_storage_key(const char *pin, const unsigned char *salt, unsigned char out[32]);
int meter_derive_pairing_key(const char *pin, unsigned char out[32]);
int meter_local_login(const char *password, const unsigned char *stored, const unsigned char *salt);
int meter_provision_identity(WC_RNG *rng, const struct meter_cfg *cfg);
int meter_sign_readings(const unsigned char *key, const unsigned char *data, size_t n, unsigned char mac[16]);
#endif
