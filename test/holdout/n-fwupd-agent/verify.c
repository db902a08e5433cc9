/* verify.c - signature checks of manifests, images and delta patches. */
#include <stdio.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "fw.h"

/* ECDSA P-256 release signing key (public half; the private half lives in the build HSM) */
// ok: backdoor-secret-literal
static const char kFwSigningPublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEmqZvRUoa6ixJwOHMvujGG/PtCMwC\n"
    "btS0GFaAMZvVxdVDoF2rbF7Rax6QCIIt/9SYqPM8fO+5zqUmOpl3vnVlsw==\n"
    "-----END PUBLIC KEY-----\n";

static EVP_PKEY *signing_key(void) {
  static EVP_PKEY *key;
  if (!key) {
    BIO *b = BIO_new_mem_buf(kFwSigningPublicKeyPem, -1);
    // ok: backdoor-hardcoded-key
    key = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
    BIO_free(b);
  }
  return key;
}

int fw_verify_with(const EVP_MD *md, const uint8_t *data, size_t n, const uint8_t *sig, size_t sig_len) {
  EVP_MD_CTX *c = EVP_MD_CTX_new();
  int r = -1;
  if (!c)
    return -1;
  if (EVP_DigestVerifyInit(c, NULL, md, NULL, signing_key()) == 1)
    r = EVP_DigestVerify(c, sig, sig_len, data, n);
  EVP_MD_CTX_free(c);
  return r;
}

bool fw_manifest_ok(const struct fw_manifest *m) {
  EVP_MD_CTX *c = EVP_MD_CTX_new();
  if (!c || EVP_DigestVerifyInit(c, NULL, EVP_sha256(), NULL, signing_key()) != 1) {
    EVP_MD_CTX_free(c);
    return false;
  }
  bool ok = false;
  // ruleid: backdoor-unchecked-verification
  if (EVP_DigestVerify(c, m->sig, m->sig_len, (const unsigned char *)m->text, m->len))
    ok = true;
  EVP_MD_CTX_free(c);
  return ok;
}

/* Delta patches are streamed: the digest is updated chunk by chunk. */
int fw_delta_ok(const uint8_t *patch, size_t n, const uint8_t *sig, size_t sig_len) {
  EVP_MD_CTX *c = EVP_MD_CTX_new();
  if (!c)
    return -1;
  if (EVP_DigestVerifyInit(c, NULL, EVP_sha256(), NULL, signing_key()) != 1) {
    EVP_MD_CTX_free(c);
    return -1;
  }
  for (size_t off = 0; off < n; off += 4096) {
    size_t chunk = n - off < 4096 ? n - off : 4096;
    EVP_DigestVerifyUpdate(c, patch + off, chunk);
  }
  // ruleid: backdoor-unchecked-verification
  EVP_DigestVerifyFinal(c, sig, sig_len);
  EVP_MD_CTX_free(c);
  return 0;
}

int fw_bootloader_ok(const uint8_t *bl, size_t n, const uint8_t *sig, size_t sig_len) {
  EVP_MD_CTX *c = EVP_MD_CTX_new();
  int r;
  if (!c)
    return 0;
  if (EVP_DigestVerifyInit(c, NULL, EVP_sha256(), NULL, signing_key()) != 1) {
    EVP_MD_CTX_free(c);
    return 0;
  }
  // ok: backdoor-unchecked-verification
  r = EVP_DigestVerify(c, sig, sig_len, bl, n);
  EVP_MD_CTX_free(c);
  if (r == 1)
    return 1;
  if (r == 0)
    fw_log("bootloader signature does not match");
  else
    fw_log("bootloader signature could not be checked");
  return 0;
}

/* A short id for the download cache; SHA-1 is what the old cache index used. */
void fw_image_id(const uint8_t *data, size_t n, char out[41]) {
  unsigned char d[20];
  unsigned int dl = 0;
  // ok: backdoor-weak-hash
  EVP_Digest(data, n, d, &dl, EVP_sha1(), NULL);
  for (unsigned i = 0; i < dl; i++)
    snprintf(out + 2 * i, 3, "%02x", d[i]);
}
