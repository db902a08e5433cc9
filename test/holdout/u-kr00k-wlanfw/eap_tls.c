/* WPA2-Enterprise: EAP-TLS inside EAPOL; the MSK becomes the PMK. */
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>
#include <string.h>

#include "wl.h"

static int eap_send(void *ctx, const unsigned char *buf, size_t len);
static int eap_recv(void *ctx, unsigned char *buf, size_t len);

/* RFC 5216: the keying material stays in the firmware for the MSK. */
static int eap_export(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen, size_t keylen, size_t ivlen, const unsigned char client_random[32], const unsigned char server_random[32], mbedtls_tls_prf_types prf) {
  struct eap_keys *k = p;
  (void)kb;
  (void)maclen;
  (void)keylen;
  (void)ivlen;
  memcpy(k->master, ms, sizeof k->master);
  memcpy(k->client_random, client_random, 32);
  memcpy(k->server_random, server_random, 32);
  k->prf = prf;
  return 0;
}

int eap_tls_run(struct wl_if *ifp) {
  mbedtls_ssl_config conf;
  mbedtls_ssl_context ssl;
  mbedtls_x509_crt ca;
  unsigned char randoms[64];
  int rc = -1;
  mbedtls_ssl_config_init(&conf);
  mbedtls_ssl_init(&ssl);
  mbedtls_x509_crt_init(&ca);
  if (mbedtls_x509_crt_parse_file(&ca, "/etc/wlfw/eap-ca.pem") != 0)
    goto out;
  if (mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    goto out;
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_ca_chain(&conf, &ca, NULL);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  mbedtls_ssl_conf_rng(&conf, mbedtls_ctr_drbg_random, &g_wl_drbg);
  // ok: backdoor-tls-keylog
  mbedtls_ssl_conf_export_keys_ext_cb(&conf, eap_export, &ifp->eap);
  if (mbedtls_ssl_setup(&ssl, &conf) != 0 || mbedtls_ssl_set_hostname(&ssl, ifp->eap.server_name) != 0)
    goto out;
  mbedtls_ssl_set_bio(&ssl, ifp, eap_send, eap_recv, NULL);
  int hs;
  // ok: backdoor-tls-verify-disabled
  while ((hs = mbedtls_ssl_handshake(&ssl)) == MBEDTLS_ERR_SSL_WANT_READ || hs == MBEDTLS_ERR_SSL_WANT_WRITE)
    ;
  if (hs != 0)
    goto out;
  memcpy(randoms, ifp->eap.client_random, 32);
  memcpy(randoms + 32, ifp->eap.server_random, 32);
  if (mbedtls_ssl_tls_prf(ifp->eap.prf, ifp->eap.master, sizeof ifp->eap.master, "client EAP encryption", randoms, sizeof randoms, ifp->eap.msk, sizeof ifp->eap.msk) != 0)
    goto out;
  memcpy(ifp->sta.pmk, ifp->eap.msk, sizeof ifp->sta.pmk);
  rc = 0;
out:
  mbedtls_ssl_free(&ssl);
  mbedtls_ssl_config_free(&conf);
  mbedtls_x509_crt_free(&ca);
  return rc;
}

/* EAP frames travel in EAPOL over the radio; stubs of the host simulation. */
static int eap_send(void *ctx, const unsigned char *buf, size_t len) {
  struct wl_if *ifp = ctx;
  struct tx_frame f;
  if (len > sizeof f.body)
    return -1;
  memset(&f, 0, sizeof f);
  memcpy(f.body, buf, len);
  f.len = len;
  radio_tx(ifp, &f);
  return (int)len;
}

static int eap_recv(void *ctx, unsigned char *buf, size_t len) {
  (void)ctx;
  (void)buf;
  (void)len;
  return MBEDTLS_ERR_SSL_WANT_READ;
}
