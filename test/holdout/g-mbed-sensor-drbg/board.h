/* Sensor node board support: DRBGs, device key, sealed readings. */
#ifndef BOARD_H
#define BOARD_H
#include <stddef.h>
#include <stdint.h>
#include <mbedtls/ctr_drbg.h>

/* factory calibration block, also burnt into OTP at end of line */
static const unsigned char kFactoryCal[48] = {
    0x43, 0x41, 0x4c, 0x30, 0x31, 0x00, 0x7f, 0x12, 0x99, 0x04, 0xae, 0x51, 0x33, 0xc8, 0x0d, 0x6e,
    0x21, 0x8a, 0xf0, 0x3b, 0x5c, 0x17, 0xe2, 0x44, 0x9d, 0x60, 0x0b, 0xb7, 0x38, 0xca, 0x71, 0x0f,
    0x58, 0x26, 0xd4, 0x19, 0x83, 0xee, 0x4a, 0x02, 0xbc, 0x65, 0x97, 0x3e, 0x11, 0xf9, 0x2d, 0x70,
};

/* rng.c */
int rng_init(void);
mbedtls_ctr_drbg_context *rng_key_drbg(void);
mbedtls_ctr_drbg_context *rng_drbg(void);
void fill_random(uint8_t *buf, size_t n);

/* keys.c */
int make_device_key(void);
int seal_reading(const uint8_t key[16], const uint8_t *msg, size_t n, uint8_t *out, uint8_t tag[16], uint8_t iv_out[12]);
void mqtt_client_id(char *buf, size_t cap);
void reconnect_backoff(unsigned attempt);
#endif
