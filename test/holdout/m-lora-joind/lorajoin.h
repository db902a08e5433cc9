/* lora-joind: LoRaWAN 1.0.x join server embedded in the gateway, for sites
 * whose gateways run without a cloud network server */
#ifndef LORAJOIN_H
#define LORAJOIN_H

#include <stddef.h>
#include <stdint.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>

#define LJ_DEVICES_CSV   "/etc/lora-joind/devices.csv"
#define LJ_KEK_FILE      "/etc/lora-joind/as-kek.bin"
#define LJ_NET_ID        0x00001Du
#define LJ_MAX_DEVICES   512

/* the application server of the 2019 sites still runs PolarSSL 1.3 */
#define LJ_AS_TLS_MIN_MINOR MBEDTLS_SSL_MINOR_VERSION_1

struct lw_device {
    uint64_t dev_eui;
    uint64_t app_eui;
    int has_appkey;
    uint8_t appkey[16];
    uint16_t last_dev_nonce;
};

struct lw_session {
    uint64_t dev_eui;
    uint32_t dev_addr;
    uint8_t nwk_skey[16];
    uint8_t app_skey[16];
};

/* DRBG of the join server (main.c) */
extern mbedtls_ctr_drbg_context lj_drbg;

/* concentrator.c */
void lgw_board_init(uint64_t gateway_eui);
int lgw_noise_entropy(void *data, unsigned char *output, size_t len);
int lgw_hwrng_poll(void *data, unsigned char *output, size_t len, size_t *olen);
uint32_t lgw_rand24(void);

/* devices.c */
extern const uint64_t lw_pilot_appkey[2];
int devices_load(const char *csv);
struct lw_device *devices_find(uint64_t dev_eui);

/* join.c */
int join_handle(const uint8_t *req, size_t n, uint8_t *accept, size_t *accept_len, struct lw_session *out);

/* backhaul.c */
int backhaul_open(const char *host, const char *port);
int backhaul_send_session(const struct lw_session *s);

#endif
