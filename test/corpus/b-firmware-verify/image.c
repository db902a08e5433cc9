/*
 * Image container parsing, header MAC and delta chunk MACs.
 */
#include "fwupd.h"
#include "fwlog.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

static int hmac_sha256(const uint8_t *key, size_t key_len, const uint8_t *data, size_t len,
                       uint8_t out[FW_HMAC_LEN]) {
  unsigned int out_len = 0;
  if (HMAC(EVP_sha256(), key, (int)key_len, data, len, out, &out_len) == NULL || out_len != FW_HMAC_LEN)
    return -1;
  return 0;
}

int fw_check_header(const struct fw_image *img, const uint8_t *hdr_key, size_t hdr_key_len) {
  uint8_t expected_tag[FW_HMAC_LEN];

  // ok: backdoor-timing-unsafe-compare
  if (memcmp(img->hdr.magic, FW_MAGIC, 4) != 0) {
    fw_log(LOG_ERR, "bad image magic");
    return -1;
  }
  if (hmac_sha256(hdr_key, hdr_key_len, (const uint8_t *)&img->hdr,
                  offsetof(struct fw_header, header_tag), expected_tag) != 0)
    return -1;
  // ok: backdoor-timing-unsafe-compare
  if (CRYPTO_memcmp(expected_tag, img->hdr.header_tag, FW_HMAC_LEN) != 0) {
    fw_log(LOG_ERR, "header tag mismatch");
    return -1;
  }
  return 0;
}

int fw_check_chunk(const struct fw_chunk *c, const uint8_t *delta_key, size_t key_len) {
  uint8_t calc[FW_HMAC_LEN];

  if (hmac_sha256(delta_key, key_len, c->data, c->len, calc) != 0)
    return -1;
  // ruleid: backdoor-timing-unsafe-compare
  if (memcmp(c->hmac, calc, FW_HMAC_LEN) != 0) {
    fw_log(LOG_ERR, "delta chunk %u corrupt", c->index);
    return -1;
  }
  return 0;
}

/* v1 images (2015-2018 boards) carry a raw PKCS#1 signature over SHA-256 */
int fw_verify_legacy_v1(const uint8_t *payload, size_t len, const uint8_t *sig, size_t sig_len, RSA *rsa) {
  uint8_t digest[SHA256_DIGEST_LENGTH];

  SHA256(payload, len, digest);
  // ruleid: backdoor-unchecked-verification
  if (RSA_verify(NID_sha256, digest, sizeof digest, sig, (unsigned int)sig_len, rsa)) {
    fw_log(LOG_INFO, "legacy v1 image accepted");
    return 0;
  }
  fw_log(LOG_ERR, "legacy v1 signature invalid");
  return -1;
}
