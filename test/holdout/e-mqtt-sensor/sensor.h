/* sensord: an environmental sensor agent that publishes readings over MQTT/TLS. */
#ifndef SENSOR_H
#define SENSOR_H
#include <stddef.h>
#include <stdint.h>
#include <mbedtls/ssl.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/entropy.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/x509_crt.h>

#define SENSOR_FLEET_KEY_BITS 128

struct tls_profile {
  const char *name;
  int authmode;
  int min_minor;
  const int *suites;
};

struct sensor_cfg {
  char broker[128];
  char port[8];
  char ca_path[128];
  char device_key_path[128];
  char topic[64];
  int interval_s;
  int verbose;
};

struct tls_link {
  mbedtls_net_context net;
  mbedtls_ssl_context ssl;
  mbedtls_ssl_config conf;
  mbedtls_x509_crt ca;
  mbedtls_entropy_context entropy;
  mbedtls_ctr_drbg_context drbg;
};

struct link_ops {
  int (*open)(struct tls_link *l, const struct sensor_cfg *c);
  int (*write)(struct tls_link *l, const unsigned char *buf, size_t n);
  void (*close)(struct tls_link *l);
};

extern const struct tls_profile kBrokerProfile;
extern const struct link_ops mbedtls_link_ops;

void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int payload_init(const struct sensor_cfg *c);
int payload_seal(const unsigned char *in, size_t n, unsigned char *out, size_t cap);
int payload_legacy_seal(const unsigned char in[16], unsigned char out[16]);
#endif
