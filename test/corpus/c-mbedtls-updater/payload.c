#include <mbedtls/aes.h>
#include <mbedtls/pk.h>
#include <mbedtls/md.h>
#include <string.h>
#include "updater.h"

// ruleid: backdoor-secret-literal
static const unsigned char k_fw_key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
                                           0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};
static const unsigned char k_fw_iv[16] = {0};

const struct update_cfg g_cfg = {k_fw_key, k_fw_iv, 2};

int decrypt_payload(const struct update_cfg *cfg, unsigned char *buf, size_t n) {
  mbedtls_aes_context aes;
  unsigned char iv[16];
  mbedtls_aes_init(&aes);
  // ruleid: backdoor-known-key (reported instead of hardcoded-key, docs/rules/backdoor-known-key.md)
  mbedtls_aes_setkey_dec(&aes, k_fw_key, 128);
  memcpy(iv, cfg->iv, 16);
  // ruleid: backdoor-hardcoded-iv (g_cfg's all-zero k_fw_iv; marked 2026-12-08, see c-INDEX.md)
  return mbedtls_aes_crypt_cbc(&aes, MBEDTLS_AES_DECRYPT, n, iv, buf, buf);
}

int decrypt_block_table(const unsigned char *key, unsigned char *blk) {
  mbedtls_aes_context aes;
  mbedtls_aes_init(&aes);
  // ok: backdoor-hardcoded-key
  mbedtls_aes_setkey_dec(&aes, key, 256);
  // ruleid: backdoor-ecb-mode
  return mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_DECRYPT, blk, blk);
}

int check_manifest(mbedtls_pk_context *pk, const unsigned char *hash, const unsigned char *sig,
                   size_t sig_len) {
  // ruleid: backdoor-unchecked-verification
  mbedtls_pk_verify(pk, MBEDTLS_MD_SHA256, hash, 32, sig, sig_len);
  return 0;
}

int check_manifest_v2(mbedtls_pk_context *pk, const unsigned char *hash, const unsigned char *sig,
                      size_t sig_len) {
  // ok: backdoor-unchecked-verification
  if (mbedtls_pk_verify(pk, MBEDTLS_MD_SHA256, hash, 32, sig, sig_len) != 0)
    return -1;
  return 0;
}

int manifest_hash(const unsigned char *in, size_t n, unsigned char *out) {
  // ok: backdoor-weak-hash (a plain digest, no signature, MAC, KDF or password hash: not reported at default settings, docs/rules/backdoor-weak-hash.md)
  const mbedtls_md_info_t *info = mbedtls_md_info_from_type(MBEDTLS_MD_SHA1);
  return mbedtls_md(info, in, n, out);
}
