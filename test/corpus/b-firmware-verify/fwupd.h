#ifndef FWUPD_H
#define FWUPD_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#define FW_MAGIC "FWIM"
#define FW_HMAC_LEN 32

/* image format v2 header, little endian on disk */
struct fw_header {
  char magic[4];
  uint16_t format;
  uint16_t flags;
  uint32_t payload_len;
  uint32_t sig_len;
  uint8_t header_tag[FW_HMAC_LEN];
};

struct fw_image {
  struct fw_header hdr;
  const uint8_t *payload;
  const uint8_t *sig;
  char board_serial[32];
};

struct fw_chunk {
  uint32_t index;
  uint32_t len;
  const uint8_t *data;
  uint8_t hmac[FW_HMAC_LEN];
};

struct fw_manifest {
  const uint8_t *body;
  size_t body_len;
  const uint8_t *sig;
  size_t sig_len;
  X509 *signer;
};

int fw_verify_image(const struct fw_image *img, EVP_PKEY *vendor_key);
int fw_verify_manifest(const struct fw_manifest *m, X509_STORE *trust);
int fw_verify_bootloader(const struct fw_image *img, EVP_PKEY *vendor_key);
int fw_verify_legacy_v1(const uint8_t *payload, size_t len, const uint8_t *sig, size_t sig_len, RSA *rsa);
int fw_check_header(const struct fw_image *img, const uint8_t *hdr_key, size_t hdr_key_len);
int fw_check_chunk(const struct fw_chunk *c, const uint8_t *delta_key, size_t key_len);
const char *fw_cache_dir(void);

#endif
