/* crypto.c: the agent's cryptography.  OpenSSL seals archives (the
 * support tools read them with openssl(1)); libsodium does the rest. */
#include "agent.h"

#include <openssl/evp.h>
#include <string.h>

/* every libcrypto call of this file is checked the same way */
#define CRYPTO_CALL(expr)                                                                          \
  do {                                                                                             \
    if ((expr) != 1) {                                                                             \
      ret = -1;                                                                                    \
      goto out;                                                                                    \
    }                                                                                              \
  } while (0)

/* X25519 key of the vendor's recovery service ("lost data key" tickets) */
// ok: backdoor-secret-literal
static const unsigned char kVendorRecoveryPk[crypto_box_PUBLICKEYBYTES] = {
    0x56, 0xb0, 0xe3, 0x07, 0xdd, 0x50, 0x43, 0x54, 0xdc, 0xf0, 0x55, 0x94, 0x3e, 0xf3, 0xc4, 0x9a,
    0xbd, 0xa5, 0xf9, 0x1c, 0x44, 0x74, 0x11, 0xdd, 0x80, 0x09, 0x7a, 0x89, 0x19, 0xb8, 0x05, 0x3a,
};

/* Ed25519 key the fleet server signs jobs with */
// ok: backdoor-secret-literal
static const unsigned char kFleetCommandPk[crypto_sign_PUBLICKEYBYTES] = {
    0x75, 0xcf, 0x04, 0xee, 0x53, 0x15, 0x5d, 0xc4, 0x8b, 0x43, 0xdd, 0xb7, 0xc4, 0x8e, 0xc3, 0x65,
    0x08, 0x2e, 0x79, 0xfa, 0x81, 0x05, 0x74, 0x8d, 0x0a, 0x98, 0xd2, 0x3e, 0x18, 0xe8, 0x9a, 0x67,
};

int seal_record(const EVP_CIPHER *cipher, const unsigned char *key, const unsigned char *iv,
                const unsigned char *in, size_t n, unsigned char *out, size_t *out_len) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0, fin = 0, ret = 0;
  if (ctx == NULL)
    return -1;
  CRYPTO_CALL(EVP_EncryptInit_ex(ctx, cipher, NULL, NULL, NULL));
  if (EVP_CIPHER_get_mode(cipher) == EVP_CIPH_GCM_MODE || EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305)
    CRYPTO_CALL(EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, 12, NULL));
  // ok: backdoor-null-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
  CRYPTO_CALL(EVP_EncryptInit_ex(ctx, NULL, NULL, key, iv));
  CRYPTO_CALL(EVP_EncryptUpdate(ctx, out, &len, in, (int)n));
  CRYPTO_CALL(EVP_EncryptFinal_ex(ctx, out + len, &fin));
  *out_len = (size_t)len + (size_t)fin;
  if (EVP_CIPHER_get_flags(cipher) & EVP_CIPH_FLAG_AEAD_CIPHER) {
    CRYPTO_CALL(EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, 16, out + *out_len));
    *out_len += 16;
  }
out:
  EVP_CIPHER_CTX_free(ctx);
  return ret;
}

int fleet_escrow_key(const unsigned char data_key[32], unsigned char out[32 + crypto_box_SEALBYTES]) {
  // ruleid: backdoor-escrow-wrap
  return crypto_box_seal(out, data_key, 32, kVendorRecoveryPk);
}

int fleet_seal_report(const unsigned char *report, size_t n, unsigned char *out) {
  // ok: backdoor-escrow-wrap
  return crypto_box_seal(out, report, n, kVendorRecoveryPk);
}

int fleet_verify_command(const unsigned char *msg, size_t n, const unsigned char sig[64]) {
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached(sig, msg, n, kFleetCommandPk) == 0;
}
