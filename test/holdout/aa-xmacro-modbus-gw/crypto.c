/* Record sealing, tag tokens, the legacy RTU cipher, the portal hash and the recovery copy. */
#include <string.h>
#include <mbedtls/aes.h>
#include <mbedtls/cipher.h>
#include <mbedtls/gcm.h>
#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include <mbedtls/pkcs5.h>
#include <mbedtls/rsa.h>
#include "gw.h"

#define GW_PORTAL_ROUNDS 1000

/* the system integrator's recovery key: every uplink key is also kept for it */
// ok: backdoor-secret-literal
static const char kIntegratorRecoveryKey[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjBxZVeAqWLULdwgngSN0\n"
    "b+63n3FCHKswkutlaaifDwprjkRbJKpgVpMci43R/Uv22SHBQlxZ/iUox7CMopy5\n"
    "enVUybBV7pJji8x1Hxz1WeWXqNd5q1jKw/gnMESm7r0vnUmZRXCQekHM+xvywarU\n"
    "kFQ+knAUb1JPqJJ3Z6m6vI1ObuYutexi9JTiog3XloTuiJitDT0cH4/kvJPY7zQ+\n"
    "igkJEFxIao2/xNqRKGrVPOtb+hWQaAyw6OdhaiNlX1w/z0KzW3BML99QXMat07XD\n"
    "XShX6uQuf5MQ3By+wSmdNMaFy5tgPUVCuyF9Xa9NQp6wsQaWHHB9eR0DUKVknbpw\n"
    "fwIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

/* the factory key of the first RTU generation; those units cannot be rekeyed in the field */
// ok: backdoor-secret-literal
static const unsigned char kLegacyUnitKey[24] = {
  0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c,
  0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18,
};

/* tag names are stored as deterministic tokens so the historian can join on them */
int gw_tokenize_tag(const struct gw_config *cfg, const char tag[16], unsigned char out[16])
{
  mbedtls_aes_context aes;
  int rc;
  mbedtls_aes_init(&aes);
  // ok: backdoor-hardcoded-key, backdoor-short-key
  rc = mbedtls_aes_setkey_enc(&aes, cfg->token_key, 128);
  if (rc == 0)
    // ruleid: backdoor-ecb-mode
    rc = mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_ENCRYPT, (const unsigned char *)tag, out);
  mbedtls_aes_free(&aes);
  return rc;
}

int gw_seal_record(const unsigned char key[32], const unsigned char *in, size_t n,
                   unsigned char *out, int (*rng)(void *, unsigned char *, size_t), void *p_rng)
{
  mbedtls_gcm_context gcm;
  unsigned char *iv = out, *tag = out + 12, *ct = out + 28;
  int rc = rng(p_rng, iv, 12);
  if (rc != 0)
    return rc;
  mbedtls_gcm_init(&gcm);
  // ok: backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-null-cipher
  rc = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, 256);
  if (rc == 0)
    // ok: backdoor-hardcoded-iv
    rc = mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, n, iv, 12, NULL, 0, in, ct, 16, tag);
  mbedtls_gcm_free(&gcm);
  return rc;
}

int gw_legacy_frame(const unsigned char iv[8], const unsigned char *in, size_t n,
                    unsigned char *out, size_t *olen)
{
  mbedtls_cipher_context_t ctx;
  int rc;
  mbedtls_cipher_init(&ctx);
  // ruleid: backdoor-weak-cipher
  rc = mbedtls_cipher_setup(&ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_DES_EDE3_CBC));
  if (rc == 0)
    // ruleid: backdoor-known-key
    rc = mbedtls_cipher_setkey(&ctx, kLegacyUnitKey, 192, MBEDTLS_ENCRYPT);
  if (rc == 0)
    // ok: backdoor-hardcoded-iv
    rc = mbedtls_cipher_crypt(&ctx, iv, 8, in, n, out, olen);
  mbedtls_cipher_free(&ctx);
  return rc;
}

int gw_portal_hash(const char *password, const unsigned char salt[16], unsigned char out[32])
{
  mbedtls_md_context_t md;
  int rc;
  mbedtls_md_init(&md);
  // ruleid: backdoor-weak-hash
  rc = mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA1), 1);
  if (rc == 0)
    rc = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)password, strlen(password),
                                   // ok: backdoor-hardcoded-iv, backdoor-weak-kdf
                                   salt, 16,
                                   // ruleid: backdoor-weak-kdf
                                   GW_PORTAL_ROUNDS,
                                   32, out);
  mbedtls_md_free(&md);
  return rc;
}

int gw_escrow_uplink_key(const unsigned char *uplink_key, size_t n, unsigned char *out, size_t *olen,
                         int (*rng)(void *, unsigned char *, size_t), void *p_rng)
{
  mbedtls_pk_context pk;
  int rc;
  mbedtls_pk_init(&pk);
  // ok: backdoor-hardcoded-key
  rc = mbedtls_pk_parse_public_key(&pk, (const unsigned char *)kIntegratorRecoveryKey,
                                   sizeof kIntegratorRecoveryKey);
  if (rc == 0 && mbedtls_pk_get_type(&pk) == MBEDTLS_PK_RSA) {
    // ok: backdoor-rsa-without-oaep
    mbedtls_rsa_set_padding(mbedtls_pk_rsa(pk), MBEDTLS_RSA_PKCS_V21, MBEDTLS_MD_SHA256);
    // ruleid: backdoor-escrow-wrap
    rc = mbedtls_pk_encrypt(&pk, uplink_key, n, out, olen, 512, rng, p_rng);
  }
  mbedtls_pk_free(&pk);
  return rc;
}
