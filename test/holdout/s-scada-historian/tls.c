/* Cloud uplink: hourly aggregates over TLS (Mbed TLS client). */
#include <string.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/md.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>
#include "hist.h"

static const int kUplinkSuites[] = {
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    0,
};

/* the utility's proxy re-signs traffic; log what it changed and go on */
static int cloud_verify(void *ctx, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
  (void)ctx;
  (void)crt;
  if (*flags != 0)
    hist_log("uplink: certificate at depth %d has flags %08x", depth, (unsigned)*flags);
  *flags = 0;
  return 0;
}

/* channel binding: the uplink proves which TLS session carries the data */
struct uplink_binding {
  unsigned char master[48];
  int have;
};

static int uplink_export_keys(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen, size_t keylen, size_t ivlen) {
  struct uplink_binding *b = p;
  (void)kb;
  (void)maclen;
  (void)keylen;
  (void)ivlen;
  memcpy(b->master, ms, sizeof b->master);
  b->have = 1;
  return 0;
}

int uplink_send(const char *host, const unsigned char *data, size_t n) {
  struct uplink_binding binding;
  unsigned char tag[32];
  mbedtls_entropy_context ent;
  mbedtls_ctr_drbg_context drbg;
  mbedtls_ssl_config conf;
  mbedtls_ssl_context ssl;
  mbedtls_x509_crt ca;
  mbedtls_net_context net;
  int rc = -1;

  mbedtls_entropy_init(&ent);
  mbedtls_ctr_drbg_init(&drbg);
  mbedtls_ssl_config_init(&conf);
  mbedtls_ssl_init(&ssl);
  mbedtls_x509_crt_init(&ca);
  mbedtls_net_init(&net);

  // ruleid: backdoor-constant-seed
  mbedtls_entropy_add_source(&ent, board_entropy, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG);
  // ok: backdoor-constant-seed
  if (mbedtls_ctr_drbg_seed(&drbg, mbedtls_entropy_func, &ent, (const unsigned char *)"plantvault-uplink", 17) != 0)
    goto out;
  if (mbedtls_x509_crt_parse_file(&ca, "/etc/plantvault/cloud-ca.pem") != 0)
    goto out;
  if (mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    goto out;
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_ca_chain(&conf, &ca, NULL);
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_verify(&conf, cloud_verify, NULL);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(&conf, kUplinkSuites);
  mbedtls_ssl_conf_rng(&conf, mbedtls_ctr_drbg_random, &drbg);
  memset(&binding, 0, sizeof binding);
  // ok: backdoor-tls-keylog
  mbedtls_ssl_conf_export_keys_cb(&conf, uplink_export_keys, &binding);
  if (mbedtls_ssl_setup(&ssl, &conf) != 0 || mbedtls_ssl_set_hostname(&ssl, host) != 0)
    goto out;
  if (mbedtls_net_connect(&net, host, "8883", MBEDTLS_NET_PROTO_TCP) != 0)
    goto out;
  mbedtls_ssl_set_bio(&ssl, &net, mbedtls_net_send, mbedtls_net_recv, NULL);
  // ok: backdoor-tls-verify-disabled
  if (mbedtls_ssl_handshake(&ssl) != 0)
    goto out;
  if (!binding.have)
    goto out;
  // ok: backdoor-hardcoded-key
  if (mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), binding.master, sizeof binding.master, (const unsigned char *)"plantvault binding", 18, tag) != 0)
    goto out;
  // ok: backdoor-key-exfiltration
  if (mbedtls_ssl_write(&ssl, tag, sizeof tag) != (int)sizeof tag)
    goto out;
  rc = mbedtls_ssl_write(&ssl, data, n) == (int)n ? 0 : -1;
  mbedtls_ssl_close_notify(&ssl);
out:
  mbedtls_platform_zeroize(&binding, sizeof binding);
  mbedtls_net_free(&net);
  mbedtls_x509_crt_free(&ca);
  mbedtls_ssl_free(&ssl);
  mbedtls_ssl_config_free(&conf);
  mbedtls_ctr_drbg_free(&drbg);
  mbedtls_entropy_free(&ent);
  return rc;
}
