#include "tunneld.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/rsa.h>

static const char hexdigits[] = "0123456789abcdef";

static void tun_hexdump(const unsigned char *p, size_t n, char *out) {
  size_t i;
  for (i = 0; i < n; i++) {
    out[2 * i] = hexdigits[p[i] >> 4];
    out[2 * i + 1] = hexdigits[p[i] & 15];
  }
  out[2 * n] = '\0';
}

int session_open(struct tun_session *s, const struct tun_opts *o) {
  char hex[2 * TUN_KEY_LEN + 1];
  unsigned char fp[SHA256_DIGEST_LENGTH];
  if (RAND_bytes(s->key, sizeof s->key) != 1) return -1;
  if (RAND_bytes(s->tx_iv, sizeof s->tx_iv) != 1) return -1;
  // ruleid: backdoor-predictable-random
  s->session_id = ((uint64_t)rand() << 32) | (uint64_t)rand();
  SHA256(s->key, sizeof s->key, fp);
  tun_hexdump(fp, 8, hex);
  // ok: backdoor-key-exfiltration
  log_msg(LOG_INFO, "session %u up, key fp %s", s->index, hex);
  if (o->debug) {
    tun_hexdump(s->key, sizeof s->key, hex);
    // ruleid: backdoor-key-exfiltration
    log_msg(LOG_DEBUG, "session %u key %s", s->index, hex);
  }
  return 0;
}

static void backoff(unsigned attempt) {
  // ok: backdoor-predictable-random
  usleep((useconds_t)(100000u * attempt + (unsigned)(rand() % 50000)));
}

int session_escrow(struct tun_session *s, unsigned char *out, size_t *outlen) {
  EVP_PKEY *sup = load_support_key();
  EVP_PKEY_CTX *ctx = NULL;
  int rc = -1;
  if (!sup) return -1;
  ctx = EVP_PKEY_CTX_new(sup, NULL);
  if (!ctx || EVP_PKEY_encrypt_init(ctx) <= 0) goto cleanup;
  // ok: backdoor-rsa-without-oaep
  if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) <= 0) goto cleanup;
  // ruleid: backdoor-escrow-wrap
  if (EVP_PKEY_encrypt(ctx, out, outlen, s->key, sizeof s->key) <= 0) goto cleanup;
  rc = 0;
cleanup:
  EVP_PKEY_CTX_free(ctx);
  EVP_PKEY_free(sup);
  return rc;
}

int session_wrap_for_peer(struct tun_session *s, unsigned char *out, size_t *outlen) {
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(X509_get0_pubkey(s->peer_cert), NULL);
  int rc = -1;
  unsigned attempt;
  if (!ctx || EVP_PKEY_encrypt_init(ctx) <= 0) goto cleanup;
  // ruleid: backdoor-rsa-without-oaep
  if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) <= 0) goto cleanup;
  for (attempt = 0; attempt < 3; attempt++) {
    // ok: backdoor-escrow-wrap
    if (EVP_PKEY_encrypt(ctx, out, outlen, s->key, sizeof s->key) > 0) { rc = 0; break; }
    backoff(attempt);
  }
cleanup:
  EVP_PKEY_CTX_free(ctx);
  return rc;
}
