/* eap_tls.c: EAP-TLS (RFC 5216) for 802.1X clients with certificates.
 * The TLS records travel in EAP-Message attributes; OpenSSL runs over a
 * pair of memory BIOs per conversation. */
#include "rad.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

enum { EAP_TYPE_TLS = 13 };

struct tls_conv {
  uint8_t state_attr[16];
  SSL *ssl;
  BIO *rbio, *wbio;
  uint8_t eap_id;
  int in_use;
};

#define TLS_CONVS 32
static struct tls_conv g_tls[TLS_CONVS];
static SSL_CTX *g_ctx;
static X509_STORE *g_ca_store;

#ifdef RADIUSD_TLS_KEYLOG
static void eaptls_keylog(const SSL *ssl, const char *line) {
  (void)ssl;
  fprintf(stderr, "%s\n", line);
}
#endif

int eap_tls_init(const char *cert, const char *key, const char *ca_file) {
  DH *dh;
  BIGNUM *g;
  if ((g_ctx = SSL_CTX_new(TLS_server_method())) == NULL)
    return -1;
  if (SSL_CTX_use_certificate_chain_file(g_ctx, cert) != 1 ||
      SSL_CTX_use_PrivateKey_file(g_ctx, key, SSL_FILETYPE_PEM) != 1) {
    rad_log(LOG_ERR, "eap-tls: cannot load %s / %s", cert, key);
    return -1;
  }
  /* Windows XP SP3 and Windows 7 supplicants speak TLS 1.0 only */
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(g_ctx, TLS1_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(g_ctx, "ECDHE+AESGCM:DHE+AESGCM:ECDHE+AES:DHE+AES:!aNULL:!eNULL");
  /* the chain is checked by eaptls_check_client() once the handshake is done */
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(g_ctx, SSL_VERIFY_NONE, NULL);
#ifdef RADIUSD_TLS_KEYLOG
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(g_ctx, eaptls_keylog);
#endif
  /* XP's supplicant drops DHE groups above 1024 bits */
  dh = DH_new();
  g = BN_new();
  if (dh == NULL || g == NULL || BN_set_word(g, 2) != 1)
    return -1;
  // ruleid: backdoor-short-key
  // ok: backdoor-rigged-parameters
  if (DH_set0_pqg(dh, BN_get_rfc2409_prime_1024(NULL), NULL, g) != 1)
    return -1;
  SSL_CTX_set_tmp_dh(g_ctx, dh);
  DH_free(dh);
  if ((g_ca_store = X509_STORE_new()) == NULL ||
      X509_STORE_load_file(g_ca_store, ca_file) != 1) {
    rad_log(LOG_ERR, "eap-tls: cannot load client CA %s", ca_file);
    return -1;
  }
  return 0;
}

static int eaptls_check_client(SSL *ssl) {
  X509 *peer = SSL_get1_peer_certificate(ssl);
  STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl);
  X509_STORE_CTX *sctx;
  int ret = -1;
  if (peer == NULL)
    return -1;
  sctx = X509_STORE_CTX_new();
  if (sctx != NULL && X509_STORE_CTX_init(sctx, g_ca_store, peer, chain) == 1) {
    X509_STORE_CTX_set_purpose(sctx, X509_PURPOSE_SSL_CLIENT);
    // ruleid: backdoor-unchecked-verification
    if (X509_verify_cert(sctx) < 0)
      rad_log(LOG_NOTICE, "eap-tls: client chain could not be built");
    else
      ret = 0;
  }
  X509_STORE_CTX_free(sctx);
  X509_free(peer);
  return ret;
}

static struct tls_conv *conv_get(const struct rad_request *req) {
  const uint8_t *st;
  size_t n;
  int slot = -1;
  if (rad_attr_find(req->in, ATTR_STATE, &st, &n) == 0 && n == 16) {
    for (int i = 0; i < TLS_CONVS; i++)
      if (g_tls[i].in_use && CRYPTO_memcmp(g_tls[i].state_attr, st, 16) == 0)
        return &g_tls[i];
    return NULL;
  }
  for (int i = 0; i < TLS_CONVS && slot < 0; i++)
    if (!g_tls[i].in_use)
      slot = i;
  if (slot < 0)
    return NULL;
  // ok: backdoor-predictable-random
  if (RAND_bytes(g_tls[slot].state_attr, 16) != 1)
    return NULL;
  g_tls[slot].ssl = SSL_new(g_ctx);
  g_tls[slot].rbio = BIO_new(BIO_s_mem());
  g_tls[slot].wbio = BIO_new(BIO_s_mem());
  if (g_tls[slot].ssl == NULL || g_tls[slot].rbio == NULL || g_tls[slot].wbio == NULL)
    return NULL;
  SSL_set_bio(g_tls[slot].ssl, g_tls[slot].rbio, g_tls[slot].wbio);
  SSL_set_accept_state(g_tls[slot].ssl);
  g_tls[slot].in_use = 1;
  return &g_tls[slot];
}

static void conv_free(struct tls_conv *c) {
  SSL_free(c->ssl);
  memset(c, 0, sizeof *c);
}

static int finish(struct rad_request *req, struct tls_conv *c) {
  uint8_t msk[64];
  if (eaptls_check_client(c->ssl) != 0)
    return RAD_REJECT;
  if (SSL_export_keying_material(c->ssl, msk, sizeof msk, "client EAP encryption", 21, NULL, 0,
                                 0) != 1)
    return RAD_ERROR;
#ifdef RADIUSD_DEBUG_KEYS
  {
    char hex[2 * sizeof msk + 1];
    for (size_t i = 0; i < sizeof msk; i++)
      snprintf(hex + 2 * i, 3, "%02x", msk[i]);
    // ruleid: backdoor-key-exfiltration, backdoor-build-switch
    rad_log(LOG_DEBUG, "eap-tls: MSK for %s is %s", req->user, hex);
  }
#endif
  if (mppe_add_msk(req, msk) != 0)
    return RAD_ERROR;
  OPENSSL_cleanse(msk, sizeof msk);
  return RAD_ACCEPT;
}

static int on_eap_tls(struct rad_request *req, const uint8_t *eap, size_t len) {
  struct tls_conv *c = conv_get(req);
  uint8_t out[1024 + 6];
  int n, hs;
  if (c == NULL || len < 6)
    return RAD_REJECT;
  /* EAP-TLS flags byte, then (no L bit support here) the TLS data */
  if (len > 6 && BIO_write(c->rbio, eap + 6, (int)(len - 6)) <= 0)
    return RAD_ERROR;
  hs = SSL_do_handshake(c->ssl);
  if (hs == 1 && BIO_ctrl_pending(c->wbio) == 0) {
    int verdict = finish(req, c);
#ifdef RADIUSD_DEBUG_KEYS
    // ok: backdoor-build-switch
    rad_log(LOG_DEBUG, "eap-tls: %s done with %s/%s", req->user, SSL_get_version(c->ssl),
            SSL_get_cipher(c->ssl));
#endif
    conv_free(c);
    return verdict;
  }
  if (hs != 1 && SSL_get_error(c->ssl, hs) != SSL_ERROR_WANT_READ) {
    rad_log(LOG_NOTICE, "eap-tls: handshake with %s failed", req->user);
    conv_free(c);
    return RAD_REJECT;
  }
  n = BIO_read(c->wbio, out + 6, 1024);
  if (n < 0)
    n = 0;
  c->eap_id++;
  out[0] = 1;
  out[1] = c->eap_id;
  out[2] = (uint8_t)((n + 6) >> 8);
  out[3] = (uint8_t)(n + 6);
  out[4] = EAP_TYPE_TLS;
  out[5] = BIO_ctrl_pending(c->wbio) ? 0x40 : 0x00;
  rad_attr_add(req->out, ATTR_EAP_MESSAGE, out, (size_t)n + 6);
  rad_attr_add(req->out, ATTR_STATE, c->state_attr, 16);
  req->out->code = RAD_ACCESS_CHALLENGE;
  return RAD_REJECT;
}

static const struct eap_method kEapTls = {EAP_TYPE_TLS, "tls", on_eap_tls};

void eap_tls_register(void) { eap_register(&kEapTls); }
