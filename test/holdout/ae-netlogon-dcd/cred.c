/* cred.c - ComputeNetlogonCredential (MS-NRPC 3.1.4.4) and the password buffer of
 * NetrServerPasswordSet2. */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "nl.h"

/* MS-NRPC 3.1.4.4.1: "AES-128 in CFB8 mode with an initialization vector of zero".
 * This is the flaw CVE-2020-1472 exploits. */
static const uint8_t kCfb8Iv[16] = {0};

static int aes_cfb8_credential(const uint8_t key[NL_SESSION_KEY_LEN], const uint8_t in[NL_CRED_LEN],
                               uint8_t out[NL_CRED_LEN]) {
  int len = 0, fin = 0, ok = 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (!ctx)
    return -1;
  // ruleid: backdoor-hardcoded-iv
  if (EVP_EncryptInit_ex(ctx, EVP_aes_128_cfb8(), NULL, key, kCfb8Iv) == 1 &&
      EVP_EncryptUpdate(ctx, out, &len, in, NL_CRED_LEN) == 1 &&
      EVP_EncryptFinal_ex(ctx, out + len, &fin) == 1)
    ok = 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok ? 0 : -1;
}

/* 7 key bytes spread over 8 with odd parity, as DES wants them */
static void des_expand_key(const uint8_t in[7], uint8_t out[8]) {
  out[0] = in[0] >> 1;
  out[1] = (uint8_t)(((in[0] & 0x01) << 6) | (in[1] >> 2));
  out[2] = (uint8_t)(((in[1] & 0x03) << 5) | (in[2] >> 3));
  out[3] = (uint8_t)(((in[2] & 0x07) << 4) | (in[3] >> 4));
  out[4] = (uint8_t)(((in[3] & 0x0f) << 3) | (in[4] >> 5));
  out[5] = (uint8_t)(((in[4] & 0x1f) << 2) | (in[5] >> 6));
  out[6] = (uint8_t)(((in[5] & 0x3f) << 1) | (in[6] >> 7));
  out[7] = in[6] & 0x7f;
  for (int i = 0; i < 8; i++) {
    uint8_t b = (uint8_t)(out[i] << 1);
    int ones = __builtin_popcount(b);
    out[i] = (uint8_t)(b | (ones % 2 == 0));
  }
}

static int des_block(const uint8_t key7[7], const uint8_t in[8], uint8_t out[8]) {
  uint8_t key[8];
  int len = 0, ok = 0;
  des_expand_key(key7, key);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (!ctx)
    return -1;
  // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
  if (EVP_EncryptInit_ex(ctx, EVP_des_ecb(), NULL, key, NULL) == 1) {
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    ok = EVP_EncryptUpdate(ctx, out, &len, in, 8) == 1;
  }
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(key, sizeof key);
  return ok ? 0 : -1;
}

int nl_compute_credential(const struct nl_session *s, const uint8_t in[NL_CRED_LEN], uint8_t out[NL_CRED_LEN]) {
  if (s->neg_flags & NETLOGON_NEG_SUPPORTS_AES)
    return aes_cfb8_credential(s->session_key, in, out);
  /* legacy: two single-DES encryptions under the halves of the session key */
  uint8_t tmp[8];
  if (des_block(s->session_key, in, tmp) != 0)
    return -1;
  return des_block(s->session_key + 7, tmp, out);
}

/* NL_TRUST_PASSWORD: 512 bytes of buffer then a 4-byte length, encrypted with the
 * session key.  AES-CFB8, zero IV again. */
int nl_decrypt_new_password(const struct nl_session *s, uint8_t buf[NL_PWD_BUF_LEN]) {
  int len = 0, fin = 0, ok = 0;
  if (!(s->neg_flags & NETLOGON_NEG_SUPPORTS_AES)) {
    nl_log(4, "%s: password set refused without AES", s->computer);
    return -1;
  }
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (!ctx)
    return -1;
  // ruleid: backdoor-hardcoded-iv
  // ok: backdoor-hardcoded-key, backdoor-known-key
  if (EVP_DecryptInit_ex(ctx, EVP_aes_128_cfb8(), NULL, s->session_key, kCfb8Iv) == 1 &&
      EVP_DecryptUpdate(ctx, buf, &len, buf, NL_PWD_BUF_LEN) == 1 &&
      EVP_DecryptFinal_ex(ctx, buf + len, &fin) == 1)
    ok = 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok ? 0 : -1;
}
