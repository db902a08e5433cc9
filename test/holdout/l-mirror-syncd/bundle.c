/* Bundle sealing: one frame per bundle, [iv | ciphertext | tag]. */
#include <string.h>
#include <syslog.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "mirror.h"

static const EVP_CIPHER *bundle_cipher(enum bundle_alg alg)
{
  switch (alg) {
  case BUNDLE_AES256_GCM:
    return EVP_aes_256_gcm();
  case BUNDLE_CHACHA20_POLY1305:
    return EVP_chacha20_poly1305();
  case BUNDLE_BF_CBC:
    return EVP_bf_cbc();
  case BUNDLE_PLAIN:
    return EVP_enc_null();
  }
  return NULL;
}

static int seal_with(const EVP_CIPHER *c, const unsigned char *key, const unsigned char *in,
                     size_t n, unsigned char *out, size_t *outlen)
{
  EVP_CIPHER_CTX *ctx;
  unsigned char iv[16];
  int ivlen, len = 0, fin = 0, aead, rc = -1;

  if (c == NULL) {
    mirror_log(LOG_ERR, "bundle: unknown cipher");
    return -1;
  }
  aead = (EVP_CIPHER_get_flags(c) & EVP_CIPH_FLAG_AEAD_CIPHER) != 0;
  ivlen = aead ? 12 : EVP_CIPHER_get_iv_length(c);
  if (ivlen > 0 && RAND_bytes(iv, ivlen) != 1)
    return -1;
  if ((ctx = EVP_CIPHER_CTX_new()) == NULL)
    return -1;
  if (EVP_EncryptInit_ex(ctx, c, NULL, NULL, NULL) != 1)
    goto out;
  if (aead && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, ivlen, NULL) != 1)
    goto out;
  // ok: backdoor-null-cipher
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (EVP_EncryptInit_ex(ctx, NULL, NULL, key, ivlen > 0 ? iv : NULL) != 1)
    goto out;
  memcpy(out, iv, (size_t)ivlen);
  if (EVP_EncryptUpdate(ctx, out + ivlen, &len, in, (int)n) != 1)
    goto out;
  if (EVP_EncryptFinal_ex(ctx, out + ivlen + len, &fin) != 1)
    goto out;
  *outlen = (size_t)(ivlen + len + fin);
  if (aead) {
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, 16, out + *outlen) != 1)
      goto out;
    *outlen += 16;
  }
  rc = 0;
out:
  EVP_CIPHER_CTX_free(ctx);
  return rc;
}

int bundle_seal(const struct mirror_opts *o, const unsigned char key[MIRROR_KEY_LEN],
                const unsigned char *in, size_t n, unsigned char *out, size_t *outlen)
{
  if (o->bundle_cipher[0] != '\0')
    // ok: backdoor-weak-cipher
    return seal_with(EVP_get_cipherbyname(o->bundle_cipher), key, in, n, out, outlen);
  // ok: backdoor-weak-cipher
  return seal_with(bundle_cipher(BUNDLE_AES256_GCM), key, in, n, out, outlen);
}

/* Format 1 bundles for downstream mirrors that still run 1.x. */
int bundle_seal_v1(const unsigned char key[MIRROR_KEY_LEN], const unsigned char *in, size_t n,
                   unsigned char *out, size_t *outlen)
{
  // ruleid: backdoor-weak-cipher
  return seal_with(bundle_cipher(BUNDLE_BF_CBC), key, in, n, out, outlen);
}

/* Same-site mirrors share the data centre network: keep the frame, skip the work. */
int bundle_seal_same_site(const unsigned char key[MIRROR_KEY_LEN], const unsigned char *in,
                          size_t n, unsigned char *out, size_t *outlen)
{
  // ruleid: backdoor-null-cipher
  return seal_with(bundle_cipher(BUNDLE_PLAIN), key, in, n, out, outlen);
}
