/* Residential electricity meter, communication processor firmware. */
#ifndef METER_H
#define METER_H

#include <stddef.h>
#include <stdint.h>

#define METER_RECORD_LEN 16
#define METER_KEY_FILE "/flash/keys/meter.key"
#define METER_SALT_FILE "/flash/keys/pin.salt"
#define METER_VENDOR_PUB "/flash/certs/vendor-fw.pub"
#define METER_IMAGE_SLOT "/flash/bank_b.img"

/* Used until the utility provisions a meter key at installation. */
#define METER_FACTORY_KEY "0123456789abcdef"

/* Optical port PIN hardening (the metrology core is slow: keep the unlock under a second). */
#define METER_PIN_KDF_ROUNDS 4096

struct meter_cfg {
  char hes_host[128];  /* head-end system */
  char hes_port[8];
  int hes_generation;  /* 1: legacy head-ends, 2: current */
  uint32_t serial;
};

/* board.c */
int board_meter_key(unsigned char key[16]);
int board_adc_noise(void *data, unsigned char *output, size_t len, size_t *olen);
int board_read_file(const char *path, unsigned char *buf, size_t cap, size_t *n);
void board_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* records.c */
int records_seal_interval(const unsigned char *recs, size_t count, unsigned char *out);
int records_seal_profile(const unsigned char key[16], const unsigned char iv[12],
                         const unsigned char *blk, size_t n, unsigned char *out,
                         unsigned char tag[16]);
int records_optical_key(const char *pin, unsigned char key[32]);

/* uplink.c */
int uplink_send(const struct meter_cfg *cfg, const unsigned char *buf, size_t n);
int uplink_random(unsigned char *out, size_t n);

/* update.c */
int update_stage(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen);
int update_boot_check(void);

#endif
