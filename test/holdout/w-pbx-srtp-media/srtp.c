/* srtp.c - SRTP session keys (RFC 3711 4.3) and packet authentication */
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include "media.h"

static const EVP_CIPHER *profile_cipher(enum srtp_profile p) {
  switch (p) {
  case SRTP_NULL_HMAC_SHA1_80:
    return EVP_enc_null();
  default:
    return EVP_aes_128_ctr();
  }
}

static int kdf(const struct srtp_stream *s, unsigned char label, unsigned char *out, size_t n) {
  unsigned char iv[16] = {0};
  unsigned char zeros[32] = {0};
  int len = 0;
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  memcpy(iv, s->master_salt, SRTP_MASTER_SALT_LEN);
  iv[7] ^= label;
  // ok: backdoor-hardcoded-iv, backdoor-known-key, backdoor-ecb-mode, backdoor-null-cipher
  int ok = c && EVP_EncryptInit_ex(c, EVP_aes_128_ctr(), NULL, s->master_key, iv) == 1 && EVP_EncryptUpdate(c, out, &len, zeros, (int)n) == 1;
  EVP_CIPHER_CTX_free(c);
  return ok ? 0 : -1;
}

int srtp_init_stream(struct srtp_stream *s) {
  unsigned char session_key[16], session_salt[14], iv[16] = {0};
  if (kdf(s, 0x00, session_key, sizeof session_key) || kdf(s, 0x01, s->auth_key, sizeof s->auth_key) || kdf(s, 0x02, session_salt, sizeof session_salt))
    return -1;
  memcpy(iv, session_salt, sizeof session_salt);
  s->cipher = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-null-cipher
  return EVP_EncryptInit_ex(s->cipher, profile_cipher(s->profile), NULL, session_key, iv) == 1 ? 0 : -1;
}

int srtp_check_tag(const struct srtp_stream *s, const unsigned char *pkt, size_t n) {
  unsigned char mac[20];
  unsigned int len = 0;
  if (n < SRTP_AUTH_TAG_LEN + 12)
    return -1;
  /* RFC 3711 mandates HMAC-SHA1 for the SRTP authentication tag */
  // ruleid: backdoor-weak-hash
  HMAC(EVP_sha1(), s->auth_key, sizeof s->auth_key, pkt, n - SRTP_AUTH_TAG_LEN, mac, &len);
  // ruleid: backdoor-timing-unsafe-compare
  if (memcmp(mac, pkt + n - SRTP_AUTH_TAG_LEN, SRTP_AUTH_TAG_LEN) != 0)
    return -1;
  return 0;
}

int srtcp_check_tag(const struct srtp_stream *s, const unsigned char *pkt, size_t n) {
  unsigned char tag[20];
  unsigned int len = 0;
  if (n < SRTP_AUTH_TAG_LEN + 8)
    return -1;
  HMAC(EVP_sha1(), s->auth_key, sizeof s->auth_key, pkt, n - SRTP_AUTH_TAG_LEN, tag, &len);
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(tag, pkt + n - SRTP_AUTH_TAG_LEN, SRTP_AUTH_TAG_LEN) == 0 ? 0 : -1;
}
