/*
 * socat xio-openssl.c: context set-up shared by OPENSSL and OPENSSL-LISTEN.
 * Without openssl-dhparam the server uses the built-in 1024-bit group.
 */
#include "xio-openssl.h"

#include <stdio.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <openssl/pem.h>

static unsigned char dh1024_p[] = {
  0xBD, 0x30, 0xCF, 0xBA, 0x35, 0x53, 0x3F, 0x53, 0x59, 0xD3, 0xBB, 0xC6,
  0x35, 0xFB, 0x09, 0xC1, 0x52, 0x61, 0xF7, 0x98, 0x27, 0xAD, 0xC2, 0xA2,
  0x22, 0x72, 0xBF, 0x4C, 0x4C, 0x9C, 0xEA, 0x46, 0x18, 0x41, 0xCD, 0x91,
  0x79, 0x19, 0xF7, 0xC7, 0xEA, 0x3B, 0xD2, 0x88, 0x7C, 0x9D, 0xF1, 0xAD,
  0xF9, 0xD7, 0x6F, 0xFB, 0x12, 0x56, 0x21, 0x46, 0x20, 0x92, 0xDD, 0xDD,
  0x4B, 0xF4, 0x75, 0xAC, 0xD1, 0x0B, 0xF3, 0xD5, 0x14, 0xFB, 0xBD, 0x8C,
  0xB4, 0x29, 0x96, 0x91, 0xEE, 0xB1, 0x31, 0x6B, 0xF4, 0x8F, 0xD3, 0x2F,
  0xAE, 0xD0, 0x02, 0xE1, 0xE2, 0x92, 0x87, 0x76, 0x41, 0xAA, 0x9F, 0xA9,
  0xD5, 0x26, 0xCA, 0x59, 0xE0, 0x16, 0x56, 0x38, 0x8D, 0x72, 0x72, 0x23,
  0xE4, 0x72, 0x7A, 0xCE, 0xFB, 0x7C, 0x23, 0x60, 0x72, 0xDE, 0x2F, 0x0A,
  0xDD, 0x28, 0x35, 0xF2, 0xBC, 0xE8, 0xA7, 0x93,};
static unsigned char dh1024_g[] = {0x02};

static DH *get_dh1024(void) {
  DH *dh;
  BIGNUM *p, *g;
  if ((dh = DH_new()) == NULL)
    return NULL;
  p = BN_bin2bn(dh1024_p, sizeof(dh1024_p), NULL);
  g = BN_bin2bn(dh1024_g, sizeof(dh1024_g), NULL);
  if (p == NULL || g == NULL) {
    DH_free(dh);
    return NULL;
  }
  // ruleid: backdoor-rigged-parameters, backdoor-short-key
  if (!DH_set0_pqg(dh, p, NULL, g)) {
    DH_free(dh);
    return NULL;
  }
  return dh;
}

/* The group offered when the build has no built-in parameters (1.7.3.1 and later). */
static DH *get_dh_rfc3526_2048(void) {
  DH *dh = DH_new();
  BIGNUM *p = BN_get_rfc3526_prime_2048(NULL);
  BIGNUM *g = BN_new();
  if (dh == NULL || p == NULL || g == NULL || !BN_set_word(g, 2))
    return NULL;
  // ok: backdoor-rigged-parameters, backdoor-short-key
  DH_set0_pqg(dh, p, NULL, g);
  return dh;
}

static DH *load_dhparam_file(const char *path) {
  DH *dh = NULL;
  BIO *bio = BIO_new_file(path, "r");
  if (bio == NULL) {
    Error("openssl-dhparam: cannot open \"%s\"", path);
    return NULL;
  }
  dh = PEM_read_bio_DHparams(bio, NULL, NULL, NULL);
  BIO_free(bio);
  return dh;
}

SSL_CTX *_xioopen_openssl_prepare(const struct opt_openssl *o) {
  SSL_CTX *ctx = SSL_CTX_new(o->server ? TLS_server_method() : TLS_client_method());
  DH *dh = NULL;

  if (ctx == NULL)
    return NULL;
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, o->cipherlist ? o->cipherlist : "HIGH:-NULL:-PSK:-aNULL");
  if (o->cafile != NULL && SSL_CTX_load_verify_locations(ctx, o->cafile, NULL) != 1)
    Warn("SSL_CTX_load_verify_locations(\"%s\"): failed", o->cafile);
  if (o->certificate != NULL)
    SSL_CTX_use_certificate_chain_file(ctx, o->certificate);
  if (o->key != NULL)
    SSL_CTX_use_PrivateKey_file(ctx, o->key, SSL_FILETYPE_PEM);

  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, o->verify ? SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT : SSL_VERIFY_NONE, NULL);

  if (o->server) {
    if (o->dhparam != NULL)
      dh = load_dhparam_file(o->dhparam);
    if (dh == NULL)
      dh = get_dh1024();
    if (dh == NULL)
      dh = get_dh_rfc3526_2048();
    if (dh != NULL) {
      SSL_CTX_set_tmp_dh(ctx, dh);
      DH_free(dh);
    }
  }
  return ctx;
}
