/* hostkey.c - host keys: Ed25519 for protocol 2, RSA for the legacy exchange, the user CA. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <sodium.h>

#include "sshd.h"

static int read_exact(const char *path, uint8_t *buf, size_t n) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  ssize_t r = read(fd, buf, n);
  close(fd);
  return r == (ssize_t)n ? 0 : -1;
}

static int load_or_make_ed25519(const struct sshd_config *c, struct host_keys *hk) {
  if (read_exact(c->hostkey_path, hk->ed_sk, sizeof hk->ed_sk) == 0) {
    crypto_sign_ed25519_sk_to_pk(hk->ed_pk, hk->ed_sk);
    return 0;
  }
  crypto_sign_keypair(hk->ed_pk, hk->ed_sk);
  int fd = open(c->hostkey_path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    return -1;
  // ok: backdoor-key-exfiltration
  ssize_t w = write(fd, hk->ed_sk, sizeof hk->ed_sk);
  close(fd);
  return w == (ssize_t)sizeof hk->ed_sk ? 0 : -1;
}

static EVP_PKEY *load_pem(const char *path) {
  FILE *f = fopen(path, "r");
  EVP_PKEY *k = NULL;
  if (f) {
    k = PEM_read_PrivateKey(f, NULL, NULL, NULL);
    fclose(f);
  }
  return k;
}

static int store_pem(const char *path, EVP_PKEY *k) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  if (!f)
    return -1;
  // ok: backdoor-key-exfiltration
  int ok = PEM_write_PrivateKey(f, k, NULL, NULL, 0, NULL, NULL);
  fclose(f);
  return ok == 1 ? 0 : -1;
}

static EVP_PKEY *legacy_rsa_hostkey(const struct sshd_config *c) {
  EVP_PKEY *k = load_pem(c->rsa_hostkey_path);
  if (k)
    return k;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  if (!kctx || EVP_PKEY_keygen_init(kctx) != 1)
    goto out;
  /* the management stations of the 2.x series cannot do larger moduli */
  // ruleid: backdoor-short-key
  EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, c->host_rsa_bits);
  if (EVP_PKEY_keygen(kctx, &k) == 1)
    store_pem(c->rsa_hostkey_path, k);
out:
  EVP_PKEY_CTX_free(kctx);
  return k;
}

static EVP_PKEY *user_ca_key(const struct sshd_config *c) {
  EVP_PKEY *k = load_pem(c->ca_key_path);
  if (k)
    return k;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  if (!kctx || EVP_PKEY_keygen_init(kctx) != 1)
    goto out;
  // ok: backdoor-short-key
  EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, c->ca_rsa_bits);
  if (EVP_PKEY_keygen(kctx, &k) == 1)
    store_pem(c->ca_key_path, k);
out:
  EVP_PKEY_CTX_free(kctx);
  return k;
}

int hostkeys_load(const struct sshd_config *c, struct host_keys *hk) {
  memset(hk, 0, sizeof *hk);
  if (load_or_make_ed25519(c, hk) != 0)
    return -1;
  if (c->legacy_v1)
    hk->rsa = legacy_rsa_hostkey(c);
  EVP_PKEY *ca = user_ca_key(c);
  EVP_PKEY_free(ca);
  return 0;
}

int hostkey_sign(const struct host_keys *hk, const uint8_t *m, size_t n, uint8_t sig[64]) {
  // ok: backdoor-hardcoded-key
  return crypto_sign_detached(sig, NULL, m, n, hk->ed_sk);
}
