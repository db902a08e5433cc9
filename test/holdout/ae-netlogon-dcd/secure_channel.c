/* secure_channel.c - Netlogon sign and seal (MS-NRPC 3.3.4.2). */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "nl.h"

static void derive_seal_key(const struct nl_session *s, uint8_t out[NL_SESSION_KEY_LEN]) {
  for (int i = 0; i < NL_SESSION_KEY_LEN; i++)
    out[i] = s->session_key[i] ^ 0xf0;
}

static void seq_iv(uint32_t seq, uint8_t iv[16]) {
  for (int i = 0; i < 4; i++) {
    iv[i] = (uint8_t)(seq >> (24 - 8 * i));
    iv[8 + i] = iv[i];
  }
  memset(iv + 4, 0x80, 4);
  memset(iv + 12, 0x80, 4);
}

static int checksum_aes(const struct nl_session *s, const uint8_t *data, size_t n, uint8_t out[8]) {
  uint8_t full[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  // ok: backdoor-weak-hash
  if (!HMAC(EVP_sha256(), s->session_key, NL_SESSION_KEY_LEN, data, n, full, &len))
    return -1;
  memcpy(out, full, 8);
  return 0;
}

static int checksum_legacy(const struct nl_session *s, const uint8_t *data, size_t n, uint8_t out[8]) {
  uint8_t full[16];
  unsigned int len = 0;
  // ruleid: backdoor-weak-hash
  if (!HMAC(EVP_md5(), s->session_key, NL_SESSION_KEY_LEN, data, n, full, &len))
    return -1;
  memcpy(out, full, 8);
  return 0;
}

static int crypt_aes(struct nl_session *s, uint8_t *data, size_t n, int enc) {
  uint8_t key[NL_SESSION_KEY_LEN], iv[16];
  int len = 0, ok = 0;
  derive_seal_key(s, key);
  seq_iv(s->seq, iv);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (!ctx)
    return -1;
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key, backdoor-weak-cipher, backdoor-null-cipher, backdoor-ecb-mode
  if (EVP_CipherInit_ex(ctx, EVP_aes_128_cfb8(), NULL, key, iv, enc) == 1)
    ok = EVP_CipherUpdate(ctx, data, &len, data, (int)n) == 1;
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(key, sizeof key);
  return ok ? 0 : -1;
}

static int crypt_rc4(struct nl_session *s, uint8_t *data, size_t n) {
  uint8_t key[NL_SESSION_KEY_LEN], rc4key[16], seqb[4];
  unsigned int klen = 0;
  int len = 0, ok = 0;
  derive_seal_key(s, key);
  for (int i = 0; i < 4; i++)
    seqb[i] = (uint8_t)(s->seq >> (24 - 8 * i));
  // ruleid: backdoor-weak-hash
  if (!HMAC(EVP_md5(), key, sizeof key, seqb, sizeof seqb, rc4key, &klen))
    return -1;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (!ctx)
    return -1;
  // ruleid: backdoor-weak-cipher
  if (EVP_EncryptInit_ex(ctx, EVP_rc4(), NULL, rc4key, NULL) == 1)
    ok = EVP_EncryptUpdate(ctx, data, &len, data, (int)n) == 1;
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(rc4key, sizeof rc4key);
  OPENSSL_cleanse(key, sizeof key);
  return ok ? 0 : -1;
}

int nl_seal(struct nl_session *s, uint8_t *data, size_t n, uint8_t checksum[8]) {
  int aes = (s->neg_flags & NETLOGON_NEG_SUPPORTS_AES) != 0;
  if ((aes ? checksum_aes(s, data, n, checksum) : checksum_legacy(s, data, n, checksum)) != 0)
    return -1;
  int rc = aes ? crypt_aes(s, data, n, 1) : crypt_rc4(s, data, n);
  s->seq++;
  return rc;
}

int nl_unseal_verify(struct nl_session *s, uint8_t *data, size_t n, const uint8_t checksum[8]) {
  uint8_t mac[8];
  int aes = (s->neg_flags & NETLOGON_NEG_SUPPORTS_AES) != 0;
  if ((aes ? crypt_aes(s, data, n, 0) : crypt_rc4(s, data, n)) != 0)
    return -1;
  s->seq++;
  if (aes) {
    if (checksum_aes(s, data, n, mac) != 0)
      return -1;
    // ok: backdoor-timing-unsafe-compare
    return CRYPTO_memcmp(mac, checksum, sizeof mac) == 0 ? 0 : -1;
  }
  if (checksum_legacy(s, data, n, mac) != 0)
    return -1;
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(mac, checksum, sizeof mac) == 0 ? 0 : -1;
}
