/* sensord - field agent for the Kestrel environmental sensor line */
#ifndef SENSORD_AGENT_H
#define SENSORD_AGENT_H

#include <stddef.h>
#include <stdint.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>

#define AGENT_MAC_LEN        32
#define AGENT_DEVICE_KEY_LEN 32

typedef enum { POWER_NORMAL = 0, POWER_LOW = 1 } agent_power_mode;

struct agent_config {
    char             device_id[32];
    char             endpoint[128];
    int              legacy_cloud;      /* talk to the 2016 cloud API */
    agent_power_mode power_mode;
    int              has_trng;
    int              factory_image;     /* built for the end-of-line tester */
};

struct agent_rng {
    mbedtls_entropy_context  entropy;
    mbedtls_ctr_drbg_context drbg;
};

/* entropy_hw.c */
int agent_rng_setup(struct agent_rng *rng, const struct agent_config *cfg);

/* telemetry.c */
int agent_sign_report(const struct agent_config *cfg, const uint8_t *report, size_t n,
                      uint8_t mac[AGENT_MAC_LEN]);
int agent_ecdh_keypair(const struct agent_config *cfg, struct agent_rng *rng);

/* provisioning flash (flash.c) */
int flash_read_device_key(uint8_t *out, size_t len);

void agent_log(const char *tag, const char *fmt, ...);

#endif
