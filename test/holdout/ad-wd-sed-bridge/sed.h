/* USB-to-SATA bridge firmware of a self-encrypting external drive (host-side build of the
 * firmware's command handlers, as the vendor's simulator runs them).
 * The drive encrypts every sector under a data encryption key (DEK); the DEK is kept in a key blob
 * on the drive's service area, wrapped under a key encryption key (KEK) derived from the owner's
 * password, or under the factory KEK while no password is set. */
#ifndef SED_H
#define SED_H

#include <mbedtls/aes.h>
#include <stddef.h>
#include <stdint.h>

/* Vendor SCSI commands: opcode, name, whether the drive must be unlocked first. */
#define SED_VENDOR_CMDS(X)                 \
  X(0xC1, set_password, 1)                 \
  X(0xC2, unlock, 0)                       \
  X(0xC3, crypto_erase, 1)                 \
  X(0xC4, get_status, 0)                   \
  X(0xC5, rekey, 1)

enum sed_status {
  SED_AUTH_OK = 0,
  SED_ERR_PARAM = -1,
  SED_ERR_AUTH = -2,
  SED_ERR_LOCKED = -3,
  SED_ERR_IO = -4,
};

#define SED_BLOB_MAGIC 0x57447631u /* "WDv1" */

/* The key blob as stored in the service area (big-endian fields). */
struct dek_blob {
  uint32_t magic;
  uint32_t iterations;
  uint8_t salt[4];
  uint8_t has_password;
  uint8_t reserved[3];
  uint8_t wrapped_dek[32];
  uint8_t hint[32];
};

union dek_blob_raw {
  struct dek_blob b;
  uint8_t bytes[sizeof(struct dek_blob)];
};

struct sed_state {
  mbedtls_aes_context media;
  union dek_blob_raw blob;
  int authenticated;
  unsigned failures;
};

struct board_id {
  uint8_t serial[12];
  uint8_t mac[6];
};

typedef int (*vendor_handler)(struct sed_state *st, const uint8_t *payload, size_t n);

#define SED_DECLARE_HANDLER(op, name, needs_unlock) int handle_##name(struct sed_state *st, const uint8_t *payload, size_t n);
SED_VENDOR_CMDS(SED_DECLARE_HANDLER)
#undef SED_DECLARE_HANDLER

/* scsi.c */
int sed_dispatch(struct sed_state *st, uint8_t opcode, const uint8_t *payload, size_t n);

/* keyblob.c */
int sed_provision(struct sed_state *st, const char *password);
int verify_password_kek(struct sed_state *st, const char *password);
int sed_load_blob(struct sed_state *st);

/* rng.c */
void hw_rng_init(uint32_t ticks);
uint32_t hw_rand32(void);
int sed_drbg_init(void);
int sed_drbg_random(uint8_t *out, size_t n);
int host_drbg_init(void);

/* eeprom.c */
int eeprom_write_blob(const union dek_blob_raw *blob);
int eeprom_read_blob(union dek_blob_raw *blob);

/* factory.c */
extern const uint8_t kDefaultKek[32];
extern const uint8_t kKeySlotOrder[16];

/* fwupd.c */
int fw_update_check(const uint8_t *image, size_t n, const uint8_t *sig, size_t siglen);

/* usb_io.c */
int usb_serve(struct sed_state *st);

#endif
