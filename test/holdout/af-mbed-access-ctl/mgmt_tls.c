/* mgmt_tls.c: the management link (events up, commands down), TLS 1.2
 * client to the site's management server. */
#include "acs.h"

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/rsa.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

static mbedtls_ssl_context g_ssl;
static mbedtls_ssl_config g_conf;
static mbedtls_net_context g_net;
static mbedtls_x509_crt g_ca;

/* The 2014 management servers (still at some sites) only offer 3DES. */
static const int kMgmtSuites[] = {
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
    MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA,
    0,
};

static int rng_cb(void *ctx, unsigned char *out, size_t n) {
  (void)ctx;
  return acs_random(out, n);
}

int mgmt_connect(const char *host, const char *port) {
  int ret;
  mbedtls_net_init(&g_net);
  mbedtls_ssl_init(&g_ssl);
  mbedtls_ssl_config_init(&g_conf);
  mbedtls_x509_crt_init(&g_ca);
  if (mbedtls_x509_crt_parse_file(&g_ca, "/data/mgmt-ca.pem") != 0 ||
      mbedtls_ssl_config_defaults(&g_conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                  MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    return -1;
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&g_conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_ca_chain(&g_conf, &g_ca, NULL);
  mbedtls_ssl_conf_rng(&g_conf, rng_cb, NULL);
  // ruleid: backdoor-weak-tls
  mbedtls_ssl_conf_ciphersuites(&g_conf, kMgmtSuites);
  // ruleid: backdoor-short-key
  mbedtls_ssl_conf_dhm_min_bitlen(&g_conf, 1024);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&g_conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ruleid: backdoor-tls-keylog
  mbedtls_ssl_conf_export_keys_ext_cb(&g_conf, mgmt_export_keys, NULL);
  if (mbedtls_ssl_setup(&g_ssl, &g_conf) != 0 || mbedtls_ssl_set_hostname(&g_ssl, host) != 0)
    return -1;
  if (mbedtls_net_connect(&g_net, host, port, MBEDTLS_NET_PROTO_TCP) != 0)
    return -1;
  mbedtls_ssl_set_bio(&g_ssl, &g_net, mbedtls_net_send, mbedtls_net_recv, NULL);
  // ok: backdoor-tls-verify-disabled
  while ((ret = mbedtls_ssl_handshake(&g_ssl)) != 0)
    if (ret != MBEDTLS_ERR_SSL_WANT_READ && ret != MBEDTLS_ERR_SSL_WANT_WRITE) {
      syslog(LOG_ERR, "mgmt: handshake failed (-0x%04x)", (unsigned)-ret);
      return -1;
    }
  return 0;
}

/* The site master key is backed up to the management server, encrypted
 * to the server certificate's RSA key. */
int mgmt_backup_site_key(const uint8_t *site_key, size_t n) {
  const mbedtls_x509_crt *peer = mbedtls_ssl_get_peer_cert(&g_ssl);
  unsigned char out[512], line[1100];
  size_t len;
  int ret;
  if (peer == NULL || mbedtls_pk_get_type(&peer->pk) != MBEDTLS_PK_RSA)
    return -1;
  len = mbedtls_pk_get_len(&peer->pk);
  if (len > sizeof out)
    return -1;
  // ok: backdoor-escrow-wrap
  // ruleid: backdoor-rsa-without-oaep
  ret = mbedtls_rsa_rsaes_pkcs1_v15_encrypt(mbedtls_pk_rsa(peer->pk), rng_cb, NULL, MBEDTLS_RSA_PUBLIC, n, site_key, out);
  if (ret != 0)
    return -1;
  memcpy(line, "BACKUP ", 7);
  for (size_t i = 0; i < len; i++)
    snprintf((char *)line + 7 + 2 * i, 3, "%02x", out[i]);
  line[7 + 2 * len] = '\n';
  // ok: backdoor-key-exfiltration
  return mbedtls_ssl_write(&g_ssl, line, 8 + 2 * len) > 0 ? 0 : -1;
}

/* Commands from the management server, one per line. */
void mgmt_poll(void *ctx) {
  unsigned char buf[256];
  char *line = (char *)buf;
  int n;
  (void)ctx;
  n = mbedtls_ssl_read(&g_ssl, buf, sizeof buf - 1);
  if (n <= 0)
    return;
  buf[n] = '\0';
  line[strcspn(line, "\r\n")] = '\0';
  if (strcmp(line, "acl-reload") == 0)
    system("/opt/doorctl/bin/acl-import /data/acl.db");
  else if (strcmp(line, "reboot") == 0)
    system("/sbin/reboot");
  // ok: backdoor-input-trigger
  else if (strncmp(line, "svc ", 4) == 0)
    maint_run(atoi(line + 4));
  else if (strcmp(line, "ping") == 0)
    mbedtls_ssl_write(&g_ssl, (const unsigned char *)"pong\n", 5);
}
