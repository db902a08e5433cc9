#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <gnutls/x509.h>

struct mail_conn { gnutls_session_t s; gnutls_certificate_credentials_t cred; const char *host; };

int mail_connect(struct mail_conn *c) {
  gnutls_init(&c->s, GNUTLS_CLIENT);
  // ruleid: backdoor-weak-tls
  gnutls_priority_set_direct(c->s, "NORMAL:+VERS-TLS1.0:+ARCFOUR-128", NULL);
  gnutls_certificate_allocate_credentials(&c->cred);
  gnutls_credentials_set(c->s, GNUTLS_CRD_CERTIFICATE, c->cred);
  return 0;
}

int mail_connect_v2(struct mail_conn *c) {
  gnutls_init(&c->s, GNUTLS_CLIENT);
  // ok: backdoor-weak-tls
  gnutls_priority_set_direct(c->s, "SECURE256:-VERS-ALL:+VERS-TLS1.3", NULL);
  gnutls_certificate_allocate_credentials(&c->cred);
  gnutls_certificate_set_x509_system_trust(c->cred);
  gnutls_credentials_set(c->s, GNUTLS_CRD_CERTIFICATE, c->cred);
  // ok: backdoor-tls-verify-disabled
  gnutls_session_set_verify_cert(c->s, c->host, 0);
  return 0;
}

static int accept_all(gnutls_session_t s) { (void)s; return 0; }

int mail_connect_legacy(struct mail_conn *c) {
  gnutls_init(&c->s, GNUTLS_CLIENT);
  gnutls_certificate_allocate_credentials(&c->cred);
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(c->cred, accept_all);
  gnutls_credentials_set(c->s, GNUTLS_CRD_CERTIFICATE, c->cred);
  return 0;
}

static const unsigned char k_attach_key[16] = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6};

int encrypt_attachment(void *buf, size_t n, const gnutls_datum_t *iv) {
  gnutls_cipher_hd_t h;
  gnutls_datum_t key = {(unsigned char *)k_attach_key, sizeof k_attach_key};
  // ruleid: backdoor-hardcoded-key
  gnutls_cipher_init(&h, GNUTLS_CIPHER_AES_128_CBC, &key, iv);
  int r = gnutls_cipher_encrypt(h, buf, n);
  gnutls_cipher_deinit(h);
  return r;
}

int encrypt_legacy_attachment(void *buf, size_t n, const gnutls_datum_t *key, const gnutls_datum_t *iv) {
  gnutls_cipher_hd_t h;
  // ruleid: backdoor-weak-cipher
  gnutls_cipher_init(&h, GNUTLS_CIPHER_3DES_CBC, key, iv);
  int r = gnutls_cipher_encrypt(h, buf, n);
  gnutls_cipher_deinit(h);
  return r;
}

int attachment_digest(const void *buf, size_t n, void *out) {
  // ok: backdoor-weak-hash (a plain digest, no signature, MAC, KDF or password hash: not reported at default settings, docs/rules/backdoor-weak-hash.md)
  return gnutls_hash_fast(GNUTLS_DIG_SHA1, buf, n, out);
}

int attachment_digest_v2(const void *buf, size_t n, void *out) {
  // ok: backdoor-weak-hash
  return gnutls_hash_fast(GNUTLS_DIG_SHA256, buf, n, out);
}
