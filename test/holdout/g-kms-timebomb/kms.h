/* kmsd: a small key management daemon for an appliance cluster. */
#ifndef KMS_H
#define KMS_H
#include <stddef.h>
#include <time.h>

#define KMS_DIR "/var/lib/kmsd/keys"
#define KMS_LOG "/var/log/kmsd.log"

/* boot-time pool seed for boards without a hardware RNG (board bring-up, 2019) */
static const unsigned char kms_boot_seed[32] = {
    0x6b, 0x6d, 0x73, 0x64, 0x2d, 0x62, 0x6f, 0x6f, 0x74, 0x2d, 0x73, 0x65, 0x65, 0x64, 0x2d, 0x76,
    0x31, 0x9e, 0x04, 0xd2, 0x7a, 0x11, 0xc3, 0x5f, 0x80, 0x2b, 0x66, 0xe9, 0x14, 0x3d, 0xa7, 0x58,
};

/* keystore.c */
int keystore_init(void);
int keystore_new_key(const char *name, unsigned char *out, size_t len);
void wipe_keystore(void);

/* housekeeping.c */
void housekeeping_tick(void);

/* request.c */
int handle_request(int fd, const char *line);
#endif
