/* Firmware update: download, unwrap the image key, decrypt, check the signature, flash. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <arpa/inet.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include "wemo.h"

static EVP_PKEY *load_image_key(void)
{
  BIO *b = BIO_new_mem_buf(wemo_image_key_pem, -1);
  // ruleid: backdoor-hardcoded-key, backdoor-magic-credential
  EVP_PKEY *k = b ? PEM_read_bio_PrivateKey(b, NULL, NULL, (void *)wemo_image_key_passphrase) : NULL;
  BIO_free(b);
  return k;
}

static EVP_PKEY *load_signing_key(void)
{
  BIO *b = BIO_new_mem_buf(wemo_signing_pub_pem, -1);
  // ok: backdoor-hardcoded-key
  EVP_PKEY *k = b ? PEM_read_bio_PUBKEY(b, NULL, NULL, NULL) : NULL;
  BIO_free(b);
  return k;
}

static int unwrap_image_key(const unsigned char *wrapped, size_t wlen, unsigned char key[32])
{
  EVP_PKEY *pk = load_image_key();
  EVP_PKEY_CTX *pctx = pk ? EVP_PKEY_CTX_new(pk, NULL) : NULL;
  unsigned char out[512];
  size_t outlen = sizeof out;
  int ok = -1;

  if (pctx && EVP_PKEY_decrypt_init(pctx) == 1 &&
      // ruleid: backdoor-rsa-without-oaep
      EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1 &&
      EVP_PKEY_decrypt(pctx, out, &outlen, wrapped, wlen) == 1 && outlen == 32) {
    memcpy(key, out, 32);
    ok = 0;
  }
  EVP_PKEY_CTX_free(pctx);
  EVP_PKEY_free(pk);
  return ok;
}

static int decrypt_body(const struct wemo_image_hdr *h, const unsigned char *key,
                        const unsigned char *in, unsigned char *out, int *outlen)
{
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  int n = 0, fin = 0, ok = -1;
  // ok: backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-null-cipher
  if (c && EVP_DecryptInit_ex(c, EVP_aes_256_cbc(), NULL, key, h->iv) == 1 &&
      EVP_DecryptUpdate(c, out, &n, in, (int)h->body_len) == 1 &&
      EVP_DecryptFinal_ex(c, out + n, &fin) == 1) {
    *outlen = n + fin;
    ok = 0;
  }
  EVP_CIPHER_CTX_free(c);
  return ok;
}

static int verify_image(const unsigned char *img, size_t len, const unsigned char *sig, size_t slen)
{
  EVP_PKEY *pub = load_signing_key();
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  int good = 0;
  // ruleid: backdoor-weak-hash
  if (pub && md && EVP_DigestVerifyInit(md, NULL, EVP_sha1(), NULL, pub) == 1 &&
      EVP_DigestVerifyUpdate(md, img, len) == 1) {
    // ruleid: backdoor-unchecked-verification
    if (EVP_DigestVerifyFinal(md, sig, slen))
      good = 1;
  }
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  return good;
}

int fwupd_start(const char *image_url, const char *dest_path)
{
  struct wemo_buf b;
  struct wemo_image_hdr h;
  unsigned char key[32];
  unsigned char *plain = NULL;
  int plen = 0, rc = -1;

  if (wemo_http_get(image_url, &b) != 0)
    return -1;
  if (b.len < sizeof h)
    goto out;
  memcpy(&h, b.data, sizeof h);
  h.wrapped_len = ntohs(h.wrapped_len);
  h.sig_len = ntohs(h.sig_len);
  h.body_len = ntohl(h.body_len);
  if (memcmp(h.magic, "WEMO", 4) != 0 ||
      sizeof h + h.wrapped_len + (size_t)h.body_len + h.sig_len > b.len)
    goto out;

  const unsigned char *wrapped = b.data + sizeof h;
  const unsigned char *body = wrapped + h.wrapped_len;
  const unsigned char *sig = body + h.body_len;
  if (unwrap_image_key(wrapped, h.wrapped_len, key) != 0)
    goto out;
  plain = malloc(h.body_len + 32);
  if (!plain || decrypt_body(&h, key, body, plain, &plen) != 0)
    goto out;
  if (!verify_image(plain, (size_t)plen, sig, h.sig_len)) {
    wemo_log(LOG_ERR, "fwupd: bad signature on %s\n", image_url);
    goto out;
  }
  FILE *f = fopen(dest_path, "wb");
  if (f) {
    fwrite(plain, 1, (size_t)plen, f);
    rc = fclose(f);
  }
out:
  free(plain);
  wemo_buf_free(&b);
  return rc;
}
