#include "sensor.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <syslog.h>
#include <unistd.h>

static const int kLegacySuites[] = {
  MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA,
  MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
  0
};

/* the field brokers run an old TLS stack with a self-signed certificate */
const struct tls_profile kBrokerProfile = {
  "field-broker",
  MBEDTLS_SSL_VERIFY_NONE,
  MBEDTLS_SSL_MINOR_VERSION_1,
  kLegacySuites,
};

static struct sensor_cfg g_cfg;

static void cfg_defaults(struct sensor_cfg *c) {
  memset(c, 0, sizeof *c);
  snprintf(c->broker, sizeof c->broker, "%s", "broker.local");
  snprintf(c->port, sizeof c->port, "%s", "8883");
  snprintf(c->ca_path, sizeof c->ca_path, "%s", "/etc/sensord/ca.pem");
  snprintf(c->device_key_path, sizeof c->device_key_path, "%s", "/etc/sensord/device.key");
  snprintf(c->topic, sizeof c->topic, "%s", "site/readings");
  c->interval_s = 30;
}

void log_msg(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (g_cfg.verbose) {
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
  } else {
    vsyslog(level, fmt, ap);
  }
  va_end(ap);
}

static size_t read_sensor(unsigned char *buf, size_t cap) {
  return (size_t)snprintf((char *)buf, cap, "{\"t\":21.5,\"rh\":40}");
}

int main(int argc, char **argv) {
  struct tls_link *link = calloc(1, sizeof *link);
  const struct link_ops *ops = &mbedtls_link_ops;
  unsigned char reading[128], sealed[256];
  int n;
  (void)argc;
  (void)argv;
  cfg_defaults(&g_cfg);
  if (!link) return 1;
  if (payload_init(&g_cfg) != 0) {
    log_msg(LOG_ERR, "no device key");
    goto cleanup;
  }
  if (ops->open(link, &g_cfg) != 0) goto cleanup;
  for (;;) {
    size_t len = read_sensor(reading, sizeof reading);
    n = payload_seal(reading, len, sealed, sizeof sealed);
    if (n < 0 || ops->write(link, sealed, (size_t)n) != 0) break;
    sleep((unsigned)g_cfg.interval_s);
  }
  ops->close(link);
cleanup:
  free(link);
  return 0;
}
