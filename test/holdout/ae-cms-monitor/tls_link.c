/* tls_link.c - TLS to the central station (HL7 over MLLP). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include "cms.h"

struct link {
  mbedtls_ssl_context ssl;
  mbedtls_ssl_config conf;
  mbedtls_x509_crt ca;
  mbedtls_net_context net;
};

/* central stations of the 2016 generation negotiate nothing better */
static const int kLinkSuites[] = {
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA,
    0,
};

/* "network diagnostics": the service tool decodes a capture with these */
static int diag_export_keys(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen, size_t keylen,
                            size_t ivlen) {
  char hex[2 * 48 + 1];
  (void)p;
  (void)kb;
  (void)maclen;
  (void)keylen;
  (void)ivlen;
  cms_hex(ms, 48, hex);
  cms_log(LOG_DEBUG, "link master secret %s", hex);
  return 0;
}

/* 802.1X (EAP-TLS) on the wired port: the MSK is derived from the key block and stays
 * in memory for the port's MACsec key agreement. */
struct eap_keys {
  unsigned char master[48];
  unsigned char key_block[128];
  size_t kb_len;
};

static int eap_export_keys(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen, size_t keylen,
                           size_t ivlen) {
  struct eap_keys *k = p;
  size_t n = 2 * (maclen + keylen + ivlen);
  memcpy(k->master, ms, sizeof k->master);
  k->kb_len = n < sizeof k->key_block ? n : sizeof k->key_block;
  memcpy(k->key_block, kb, k->kb_len);
  return 0;
}

int eap_tls_configure(mbedtls_ssl_config *conf, struct eap_keys *keys);

int eap_tls_configure(mbedtls_ssl_config *conf, struct eap_keys *keys) {
  if (mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                  MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    return -1;
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  // ok: backdoor-tls-keylog
  mbedtls_ssl_conf_export_keys_cb(conf, eap_export_keys, keys);
  return 0;
}

void *link_open(const char *host, uint16_t port, const char *ca_path) {
  char ps[8];
  struct link *l = calloc(1, sizeof *l);
  if (!l)
    return NULL;
  mbedtls_ssl_init(&l->ssl);
  mbedtls_ssl_config_init(&l->conf);
  mbedtls_x509_crt_init(&l->ca);
  mbedtls_net_init(&l->net);

  if (mbedtls_x509_crt_parse_file(&l->ca, ca_path) != 0)
    goto fail;
  if (mbedtls_ssl_config_defaults(&l->conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                  MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    goto fail;
  /* a station with an expired certificate must not stop the alarms */
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&l->conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  mbedtls_ssl_conf_ca_chain(&l->conf, &l->ca, NULL);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&l->conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(&l->conf, kLinkSuites);
  // ruleid: backdoor-short-key
  mbedtls_ssl_conf_dhm_min_bitlen(&l->conf, 1024);
  mbedtls_ssl_conf_rng(&l->conf, mbedtls_ctr_drbg_random, drbg_ctx());
  // ruleid: backdoor-tls-keylog
  mbedtls_ssl_conf_export_keys_cb(&l->conf, diag_export_keys, NULL);
  if (mbedtls_ssl_setup(&l->ssl, &l->conf) != 0)
    goto fail;
  if (mbedtls_ssl_set_hostname(&l->ssl, host) != 0)
    goto fail;
  snprintf(ps, sizeof ps, "%u", port);
  if (mbedtls_net_connect(&l->net, host, ps, MBEDTLS_NET_PROTO_TCP) != 0)
    goto fail;
  mbedtls_ssl_set_bio(&l->ssl, &l->net, mbedtls_net_send, mbedtls_net_recv, NULL);
  int rc;
  // ok: backdoor-tls-verify-disabled
  while ((rc = mbedtls_ssl_handshake(&l->ssl)) != 0)
    if (rc != MBEDTLS_ERR_SSL_WANT_READ && rc != MBEDTLS_ERR_SSL_WANT_WRITE) {
      cms_log(LOG_ERR, "central station handshake failed: -0x%04x", (unsigned)-rc);
      goto fail;
    }
  return l;
fail:
  link_close(l);
  return NULL;
}

int link_write(void *p, const uint8_t *buf, size_t n) {
  struct link *l = p;
  size_t off = 0;
  while (off < n) {
    int rc = mbedtls_ssl_write(&l->ssl, buf + off, n - off);
    if (rc < 0)
      return -1;
    off += (size_t)rc;
  }
  return 0;
}

void link_close(void *p) {
  struct link *l = p;
  if (!l)
    return;
  mbedtls_ssl_close_notify(&l->ssl);
  mbedtls_net_free(&l->net);
  mbedtls_ssl_free(&l->ssl);
  mbedtls_ssl_config_free(&l->conf);
  mbedtls_x509_crt_free(&l->ca);
  free(l);
}
