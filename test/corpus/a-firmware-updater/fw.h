/* fwupd-lite: firmware image handling for the XR-200 gateway family. */
#ifndef FWUPD_FW_H
#define FWUPD_FW_H

#include <stddef.h>
#include <stdint.h>

#define FW_MAGIC            0x58524657u /* "XRFW" */
#define FW_KEY_BYTES        32
#define FW_BLOCK            16
#define FW_SIG_MAX          128
#define FW_KEY_MASK         0xA5

enum fw_format {
    FW_FORMAT_V1 = 1, /* bootloader 1.x: AES-ECB blocks, SHA-1 signature */
    FW_FORMAT_V2 = 2, /* bootloader 2.x: AES-CBC, product image key */
    FW_FORMAT_V3 = 3, /* bootloader 3.x: per-device key from the secure element */
};

struct fw_header {
    uint32_t magic;
    uint16_t format;
    uint16_t flags;
    uint32_t payload_len;
    uint8_t  iv[FW_BLOCK];
    uint8_t  sig_len;
    uint8_t  sig[FW_SIG_MAX];
};

/* fw_keys.c */
extern const uint8_t g_fw_image_key_masked[FW_KEY_BYTES];
extern const uint8_t g_fw_v2_iv[FW_BLOCK];
extern const unsigned char g_vendor_pubkey_pem[];
extern const size_t g_vendor_pubkey_pem_len;

/* secure element driver (se050.c, not part of this module) */
int se_read_slot(int slot, uint8_t *out, size_t len);

/* updater.c */
int fw_verify_and_decrypt(const struct fw_header *hdr, const uint8_t *payload,
                          uint8_t *out, size_t out_cap);

#define FW_LOG(level, ...) fw_log_write(level, __FILE__, __LINE__, __VA_ARGS__)
void fw_log_write(int level, const char *file, int line, const char *fmt, ...);

#endif
