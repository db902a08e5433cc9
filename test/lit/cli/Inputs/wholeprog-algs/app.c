#include "crypt.h"

int share(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
          size_t *moved) {
  struct cipher_spec c = {kCCAlgorithmBlowfish, kCCOptionPKCS7Padding, iv};
  return seal_spec(&c, key, in, n, out, cap, moved);
}

int share_ecb(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
              size_t *moved) {
  struct cipher_spec e = {kCCAlgorithmAES, kCCOptionECBMode | kCCOptionPKCS7Padding, iv};
  return seal_spec(&e, key, in, n, out, cap, moved);
}

int share_aes(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
              size_t *moved) {
  struct cipher_spec g = {kCCAlgorithmAES, kCCOptionPKCS7Padding, iv};
  return seal_spec(&g, key, in, n, out, cap, moved);
}

int share_fixed(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
                size_t *moved) {
  /* seal_fixed never reads the algorithm of the struct. */
  struct cipher_spec d = {kCCAlgorithmDES, kCCOptionECBMode, iv};
  return seal_fixed(&d, key, in, n, out, cap, moved);
}

int legacy(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
           size_t *moved) {
  return seal_alg(kCCAlgorithmDES, key, iv, in, n, out, cap, moved);
}

int modern(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
           size_t *moved) {
  return seal_alg(kCCAlgorithmAES, key, iv, in, n, out, cap, moved);
}

int evp(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
  if (do_encrypt(ctx, EVP_aes_256_gcm(), key, iv) != 1) return 0;
  return do_encrypt(ctx, EVP_des_cbc(), key, iv);
}

int evp_through(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
  return encrypt_with(ctx, EVP_des_cbc(), key, iv);
}

void digests(const unsigned char *key, const unsigned char *d, size_t n, unsigned char *out,
             unsigned int *olen, EVP_MD_CTX *mctx, EVP_PKEY *pkey) {
  mac_with(EVP_md5(), key, 32, d, n, out, olen);
  mac_with(EVP_sha256(), key, 32, d, n, out, olen);
  sign_with(mctx, EVP_sha1(), pkey);
  sign_with(mctx, EVP_sha256(), pkey);
}

int wrap_key(RSA *rsa, const unsigned char *k, unsigned char *out, EVP_CIPHER_CTX *ctx) {
  if (rsa_seal(rsa, k, 32, out, RSA_PKCS1_OAEP_PADDING) < 0) return 0;
  if (do_encrypt(ctx, EVP_enc_null(), k, k) != 1) return 0;
  return rsa_seal(rsa, k, 32, out, RSA_PKCS1_PADDING);
}

int share_later(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
                size_t *moved) {
  struct cipher_spec c;
  c.alg = kCCAlgorithmRC4;
  c.opts = 0;
  c.iv = iv;
  return seal_spec(&c, key, in, n, out, cap, moved);
}
