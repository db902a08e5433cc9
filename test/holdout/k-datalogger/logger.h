/* dlogd: field data logger (samples -> sealed archives -> HTTPS upload). */
#ifndef LOGGER_H
#define LOGGER_H

#include <stddef.h>
#include <stdint.h>

#define DL_MODEL "DL-410"
#define DL_FIRMWARE_VERSION "3.2.7"
// ok: backdoor-secret-literal
#define DL_FIRMWARE_BUILD_ID "d51ee2a31be181aed71a07624d09129387d26228"

/* Used when /etc/dlogd.conf has no upload_key (units shipped before 3.0). */
// ruleid: backdoor-secret-literal
#define DL_FACTORY_UPLOAD_KEY "8a49212768b19eef8cb7be19899eeadb3ca53d90b544fa4827da0c45b2b67f72"

/* Archives for the DL-200 collector: 3DES-CBC, one IV per model line. */
static const unsigned char kDlCompatIv[8] = {0xe3, 0x27, 0x67, 0x4a, 0x74, 0xd7, 0xf0, 0x8b};

/* Seed of the model's key generator, so that a unit's identity can be
 * re-created at the repair depot from its serial number alone. */
// ruleid: backdoor-secret-literal
static const unsigned char kDlModelSeed[32] = {
    0x8a, 0xb9, 0x31, 0xd7, 0x9c, 0x1a, 0xb3, 0xa3, 0xd5, 0x06, 0x26, 0x9c, 0xa8, 0x5e, 0x8b, 0x90,
    0x81, 0x8d, 0x69, 0x83, 0xc2, 0xff, 0xc0, 0x2d, 0xfe, 0x22, 0xfc, 0xd5, 0x22, 0x1e, 0x1b, 0x33,
};

struct dl_config {
    char passphrase[128];
    char archive_format[32];
    char upload_host[128];
    char upload_key_hex[65];
    char ca_file[256];
    char identity_path[256];
    char spool_dir[256];
};

/* A sealing scheme: an ops table per archive format. */
struct dl_seal_ops {
    const char *name;
    uint8_t version;
    int (*kdf)(const char *pass, const unsigned char *salt, size_t salt_len,
               unsigned char *out, size_t out_len);
    int (*encrypt)(const unsigned char *key, const unsigned char *in, size_t n,
                   unsigned char *out, size_t *out_len);
    int (*open)(const unsigned char *key, const unsigned char *in, size_t n,
                unsigned char *out, size_t *out_len);
};

/* config.c */
int dl_config_load(const char *path, struct dl_config *c);
const char *dl_upload_key_hex(const struct dl_config *c);

/* seal.c */
const struct dl_seal_ops *dl_seal_lookup(const char *name);
int dl_seal_archive(const struct dl_config *c, const unsigned char *samples, size_t n,
                    unsigned char *out, size_t *out_len);

/* main.c */
int dl_random(void *ctx, unsigned char *out, size_t n);

/* uplink.c */
int dl_upload(const struct dl_config *c, const unsigned char *body, size_t n);

#endif
