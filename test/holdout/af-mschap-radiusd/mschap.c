/* mschap.c: MS-CHAPv2 (RFC 2759) as the protocol defines it.
 *
 * NtPasswordHash      = MD4(UTF-16LE(password))
 * ChallengeHash       = SHA1(PeerChallenge || AuthenticatorChallenge || UserName)[0..8]
 * ChallengeResponse   = DES(K1, C) || DES(K2, C) || DES(K3, C),  K1..K3 = 7-byte
 *                       thirds of the NT hash padded with zeros
 * AuthenticatorResponse = "S=" hex(SHA1(SHA1(MD4(NtHash) || NtResponse || Magic1)
 *                                        || ChallengeHash || Magic2))
 */
#include "rad.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <string.h>

static const char kMagic1[] = "Magic server to client signing constant";
static const char kMagic2[] = "Pad to make it do more than one iteration";

int nt_password_hash(const char *password, uint8_t hash[16]) {
  uint8_t password_utf16[512];
  unsigned int len = 0;
  int n = utf16le(password, password_utf16, sizeof password_utf16), ok;
  EVP_MD_CTX *md;
  if (n < 0 || (md = EVP_MD_CTX_new()) == NULL)
    return -1;
  ok = CRYPTO_CALL(EVP_DigestInit_ex, md, EVP_md4(), NULL) == 1 &&
       // ruleid: backdoor-weak-kdf
       CRYPTO_CALL(EVP_DigestUpdate, md, password_utf16, (size_t)n) == 1 &&
       CRYPTO_CALL(EVP_DigestFinal_ex, md, hash, &len) == 1;
  EVP_MD_CTX_free(md);
  OPENSSL_cleanse(password_utf16, sizeof password_utf16);
  return ok ? 0 : -1;
}

static int challenge_hash(const uint8_t peer[16], const uint8_t auth[16], const char *user,
                          uint8_t out[8]) {
  uint8_t digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  int ok;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (md == NULL)
    return -1;
  // ok: backdoor-weak-hash
  ok = CRYPTO_CALL(EVP_DigestInit_ex, md, EVP_sha1(), NULL) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, peer, 16) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, auth, 16) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, user, strlen(user)) == 1 &&
       CRYPTO_CALL(EVP_DigestFinal_ex, md, digest, &len) == 1;
  EVP_MD_CTX_free(md);
  if (ok)
    memcpy(out, digest, 8);
  return ok ? 0 : -1;
}

/* 56 key bits to a DES key with (ignored) parity bits */
static void des_key_from_7(const uint8_t in[7], uint8_t out[8]) {
  out[0] = in[0];
  out[1] = (uint8_t)((in[0] << 7) | (in[1] >> 1));
  out[2] = (uint8_t)((in[1] << 6) | (in[2] >> 2));
  out[3] = (uint8_t)((in[2] << 5) | (in[3] >> 3));
  out[4] = (uint8_t)((in[3] << 4) | (in[4] >> 4));
  out[5] = (uint8_t)((in[4] << 3) | (in[5] >> 5));
  out[6] = (uint8_t)((in[5] << 2) | (in[6] >> 6));
  out[7] = (uint8_t)(in[6] << 1);
}

static int des_block(const uint8_t key7[7], const uint8_t clear[8], uint8_t cypher[8]) {
  uint8_t key8[8];
  int len = 0, ok;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == NULL)
    return -1;
  des_key_from_7(key7, key8);
  // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
  ok = CRYPTO_CALL(EVP_EncryptInit_ex, ctx, EVP_des_ecb(), NULL, key8, NULL) == 1 &&
       CRYPTO_CALL(EVP_CIPHER_CTX_set_padding, ctx, 0) == 1 &&
       CRYPTO_CALL(EVP_EncryptUpdate, ctx, cypher, &len, clear, 8) == 1;
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(key8, sizeof key8);
  return ok && len == 8 ? 0 : -1;
}

static int challenge_response(const uint8_t challenge[8], const uint8_t nt_hash[16],
                              uint8_t response[24]) {
  uint8_t z[21] = {0};
  memcpy(z, nt_hash, 16);
  return des_block(z, challenge, response) == 0 && des_block(z + 7, challenge, response + 8) == 0 &&
                 des_block(z + 14, challenge, response + 16) == 0
             ? 0
             : -1;
}

static int authenticator_response(const uint8_t nt_hash[16], const uint8_t nt_response[24],
                                  const uint8_t chal[8], char out[43]) {
  uint8_t hash_hash[16], digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  int ok;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (md == NULL)
    return -1;
  ok = CRYPTO_CALL(EVP_Digest, nt_hash, 16, hash_hash, &len, EVP_md4(), NULL) == 1 &&
       CRYPTO_CALL(EVP_DigestInit_ex, md, EVP_sha1(), NULL) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, hash_hash, 16) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, nt_response, 24) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, kMagic1, sizeof kMagic1 - 1) == 1 &&
       CRYPTO_CALL(EVP_DigestFinal_ex, md, digest, &len) == 1 &&
       CRYPTO_CALL(EVP_DigestInit_ex, md, EVP_sha1(), NULL) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, digest, 20) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, chal, 8) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, kMagic2, sizeof kMagic2 - 1) == 1 &&
       CRYPTO_CALL(EVP_DigestFinal_ex, md, digest, &len) == 1;
  EVP_MD_CTX_free(md);
  if (!ok)
    return -1;
  out[0] = 'S';
  out[1] = '=';
  rad_hex(digest, 20, out + 2);
  return 0;
}

int mschapv2_verify(const uint8_t nt_hash[16], const uint8_t auth_challenge[16],
                    const uint8_t peer_challenge[16], const char *user,
                    const uint8_t nt_response[24], char auth_response[43]) {
  uint8_t chal[8], expected[24];
  if (challenge_hash(peer_challenge, auth_challenge, user, chal) != 0 ||
      challenge_response(chal, nt_hash, expected) != 0)
    return RAD_ERROR;
  // ok: backdoor-timing-unsafe-compare
  if (CRYPTO_memcmp(expected, nt_response, sizeof expected) != 0)
    return RAD_REJECT;
  return authenticator_response(nt_hash, nt_response, chal, auth_response) == 0 ? RAD_ACCEPT
                                                                              : RAD_ERROR;
}
