/* txn.c - the encrypted transaction journal and the session key for the acquirer host. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include "pos.h"

static uint8_t g_journal_key[32];
static int g_journal_key_ready;

int txn_journal(const struct pos_config *cfg, const char *record) {
  uint8_t sealed[1024 + 64];
  size_t sealed_len = 0;
  size_t n = strlen(record);
  const struct pos_cipher_ops *ops = pos_backend(cfg->training ? "training" : "aes-gcm");
  if (!ops || n > 1024)
    return -1;
  if (!g_journal_key_ready) {
    if (RAND_bytes(g_journal_key, sizeof g_journal_key) != 1)
      return -1;
    g_journal_key_ready = 1;
  }
  if (ops->seal(g_journal_key, (const uint8_t *)record, n, sealed, &sealed_len) != 0)
    return -1;
  FILE *f = fopen(cfg->journal_path, "ab");
  if (!f)
    return -1;
  uint32_t len = (uint32_t)sealed_len;
  fwrite(&len, sizeof len, 1, f);
  fwrite(sealed, 1, sealed_len, f);
  fclose(f);
  return 0;
}

static EVP_PKEY *host_key(const char *cert_path) {
  FILE *f = fopen(cert_path, "r");
  X509 *x = NULL;
  EVP_PKEY *k = NULL;
  if (!f)
    return NULL;
  x = PEM_read_X509(f, NULL, NULL, NULL);
  fclose(f);
  if (x) {
    k = X509_get_pubkey(x);
    X509_free(x);
  }
  return k;
}

/* The session key of the host link travels wrapped under the acquirer's RSA key. */
int txn_wrap_session_key(const struct pos_config *cfg, const uint8_t key[32], uint8_t *out, size_t *out_len) {
  EVP_PKEY *pk = host_key(cfg->host_cert);
  EVP_PKEY_CTX *pctx = pk ? EVP_PKEY_CTX_new(pk, NULL) : NULL;
  int ok = 0;
  if (!pctx || EVP_PKEY_encrypt_init(pctx) != 1)
    goto done;
  if (cfg->legacy_host) {
    // ruleid: backdoor-rsa-without-oaep
    if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
      goto done;
  } else {
    // ok: backdoor-rsa-without-oaep
    if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_OAEP_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_oaep_md(pctx, EVP_sha256()) != 1)
      goto done;
  }
  // ok: backdoor-escrow-wrap
  ok = EVP_PKEY_encrypt(pctx, out, out_len, key, 32) == 1;
done:
  EVP_PKEY_CTX_free(pctx);
  EVP_PKEY_free(pk);
  return ok ? 0 : -1;
}
