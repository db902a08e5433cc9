/* drawd - certified random draw service for regional lotteries */
#ifndef DRAWD_DRAW_H
#define DRAWD_DRAW_H

#include <stddef.h>
#include <stdint.h>

#define DRAW_MAX_BALLS  10
#define TICKET_MAC_LEN  32

enum rng_mode {
    RNG_MODE_PRODUCTION = 0,
    RNG_MODE_AUDIT_REPLAY = 1,   /* regulator re-runs a past draw */
    RNG_MODE_HWRNG = 2,          /* PCIe entropy card */
};

struct draw_request {
    uint32_t game_id;
    int      balls;
    int      pool_size;
};

struct draw_result {
    uint32_t game_id;
    uint8_t  numbers[DRAW_MAX_BALLS];
    uint8_t  mac[TICKET_MAC_LEN];
};

/* drbg.c */
int drbg_configure(enum rng_mode mode);

/* draw.c */
int draw_run(const struct draw_request *req, struct draw_result *out);
int draw_operator_override(const char *operator_token);

/* hsm.c */
int hsm_ticket_mac_key(uint8_t key[32]);

void draw_audit(const char *fmt, ...);

#endif
