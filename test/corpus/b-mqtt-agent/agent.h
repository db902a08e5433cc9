#ifndef MQTT_AGENT_H
#define MQTT_AGENT_H

#include <stdio.h>
#include <stdint.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

enum tls_profile { PROFILE_MODERN = 0, PROFILE_LEGACY_BROKER = 1 };

struct agent_config {
  char broker_host[128];
  char broker_port[8];
  char ca_file[256];
  char device_id[64];
  char keylog_path[256];   /* field diagnostics */
  enum tls_profile profile;
};

struct channel_binding {
  unsigned char exporter[32];
  int valid;
};

struct mqtt_tls {
  mbedtls_ssl_config conf;
  mbedtls_x509_crt cacert;
  mbedtls_entropy_context entropy;
  mbedtls_ctr_drbg_context drbg;
  struct channel_binding cb;
  FILE *keylog;
};

struct mqtt_conn {
  mbedtls_net_context net;
  mbedtls_ssl_context ssl;
  struct mqtt_tls *tls;
};

int mqtt_tls_init(struct mqtt_tls *t, const struct agent_config *cfg);
int agent_connect(struct mqtt_conn *c, struct mqtt_tls *t, const struct agent_config *cfg);
int agent_send_hello(struct mqtt_conn *c, const struct agent_config *cfg);

#endif
