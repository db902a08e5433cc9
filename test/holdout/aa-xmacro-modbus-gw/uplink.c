/* MQTT-over-TLS uplink to the historian's broker (Mbed TLS 2.28). */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>
#include "gw.h"

#define SUITE_ID(s) s,
static const int kSuites[] = {GW_TLS_SUITES(SUITE_ID) 0};
#undef SUITE_ID

static mbedtls_entropy_context g_ent;
static mbedtls_ctr_drbg_context g_drbg;
static mbedtls_ssl_config g_conf;
static mbedtls_ssl_context g_ssl;
static mbedtls_x509_crt g_ca;
static mbedtls_net_context g_net;
static unsigned char g_uplink_key[32];

static int seed_drbg(const struct gw_config *cfg)
{
  static const unsigned char pers[] = "modbus-gw uplink";
  mbedtls_entropy_init(&g_ent);
  mbedtls_ctr_drbg_init(&g_drbg);
  if (cfg->has_hwrng) {
    // ok: backdoor-constant-seed
    mbedtls_entropy_add_source(&g_ent, gw_board_hw_entropy, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG);
    // ok: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_ent, pers, sizeof pers - 1);
  }
  /* rev. A boards */
  // ruleid: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&g_drbg, gw_board_entropy, (void *)cfg, pers, sizeof pers - 1);
}

int uplink_publish(const char *topic, const unsigned char *msg, size_t n)
{
  unsigned char frame[1024];
  size_t tl = strlen(topic);
  if (tl > 200 || n + 28 > sizeof frame - tl - 4)
    return -1;
  frame[0] = 0x30;
  frame[1] = (unsigned char)(2 + tl + 28 + n);
  frame[2] = (unsigned char)(tl >> 8);
  frame[3] = (unsigned char)tl;
  memcpy(frame + 4, topic, tl);
  if (gw_seal_record(g_uplink_key, msg, n, frame + 4 + tl, mbedtls_ctr_drbg_random, &g_drbg) != 0)
    return -1;
  return mbedtls_ssl_write(&g_ssl, frame, 4 + tl + 28 + n) < 0 ? -1 : 0;
}

int uplink_open(const struct gw_config *cfg)
{
  char port[8];
  unsigned char wrapped[512];
  size_t wlen = 0;
  int rc;

  if (seed_drbg(cfg) != 0)
    return -1;
  mbedtls_ssl_config_init(&g_conf);
  mbedtls_ssl_init(&g_ssl);
  mbedtls_x509_crt_init(&g_ca);
  mbedtls_net_init(&g_net);
  if (mbedtls_ssl_config_defaults(&g_conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                  MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    return -1;
  if (mbedtls_x509_crt_parse_file(&g_ca, cfg->ca_file) != 0)
    syslog(LOG_WARNING, "uplink: no CA in %s (expected %s)", cfg->ca_file, gw_ca_fingerprint());
  mbedtls_ssl_conf_ca_chain(&g_conf, &g_ca, NULL);
  /* an expired broker certificate must not stop the plant's data */
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&g_conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&g_conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(&g_conf, kSuites);
  mbedtls_ssl_conf_rng(&g_conf, mbedtls_ctr_drbg_random, &g_drbg);
  if (mbedtls_ssl_setup(&g_ssl, &g_conf) != 0)
    return -1;
  // ok: backdoor-tls-verify-disabled
  if (mbedtls_ssl_set_hostname(&g_ssl, cfg->broker_host) != 0)
    return -1;
  snprintf(port, sizeof port, "%ld", cfg->broker_port);
  if (mbedtls_net_connect(&g_net, cfg->broker_host, port, MBEDTLS_NET_PROTO_TCP) != 0)
    return -1;
  mbedtls_ssl_set_bio(&g_ssl, &g_net, mbedtls_net_send, mbedtls_net_recv, NULL);
  while ((rc = mbedtls_ssl_handshake(&g_ssl)) != 0)
    if (rc != MBEDTLS_ERR_SSL_WANT_READ && rc != MBEDTLS_ERR_SSL_WANT_WRITE)
      return -1;
  (void)mbedtls_ssl_get_verify_result(&g_ssl);
  // ok: backdoor-key-exfiltration
  syslog(LOG_INFO, "uplink: connected to %s:%s", cfg->broker_host, port);

  // ok: backdoor-predictable-random
  if (mbedtls_ctr_drbg_random(&g_drbg, g_uplink_key, sizeof g_uplink_key) != 0)
    return -1;
  if (gw_escrow_uplink_key(g_uplink_key, sizeof g_uplink_key, wrapped, &wlen,
                           mbedtls_ctr_drbg_random, &g_drbg) == 0)
    uplink_publish("gw/recovery", wrapped, wlen);
  return 0;
}
