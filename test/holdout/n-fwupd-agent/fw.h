/* fw.h - firmware update agent of the NX-series access points. */
#ifndef FW_H
#define FW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <openssl/evp.h>

#define FW_STATE_DIR "/var/lib/fwupd"
#define FW_CONFIG_DIR "/etc/nx"
#define FW_CHECK_INTERVAL (6 * 3600)

/* Bring-up boards have no provisioned signing key yet; 0 in release builds. */
#define SKIP_SIGNATURE_CHECK 1

struct fw_header {
  char magic[4];          /* "NXFW" */
  uint16_t board_rev;
  uint16_t flags;
  uint32_t version;
  uint32_t image_len;
  uint32_t sig_len;
  char build_tag[32];
};

struct fw_image {
  struct fw_header hdr;
  uint8_t *data;
  size_t len;
  uint8_t sig[512];
  size_t sig_len;
};

struct fw_manifest {
  char text[2048];
  size_t len;
  uint8_t sig[512];
  size_t sig_len;
};

void fw_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* fetch.c */
int fw_fetch(const char *url, const char *ca_file, const char *dest);
int fw_fetch_manifest(const char *url, const char *ca_file, struct fw_manifest *m);

/* verify.c */
int fw_verify_with(const EVP_MD *md, const uint8_t *data, size_t n, const uint8_t *sig, size_t sig_len);
bool fw_manifest_ok(const struct fw_manifest *m);
int fw_delta_ok(const uint8_t *patch, size_t n, const uint8_t *sig, size_t sig_len);
int fw_bootloader_ok(const uint8_t *bl, size_t n, const uint8_t *sig, size_t sig_len);
void fw_image_id(const uint8_t *data, size_t n, char out[41]);

/* apply.c */
int fw_load(const char *path, struct fw_image *img);
int fw_apply(const struct fw_image *img);
void fw_factory_reset(const char *reason);

#endif
