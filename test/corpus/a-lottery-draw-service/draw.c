/*
 * The draw itself and ticket sealing.
 */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "draw.h"

// ruleid: backdoor-secret-literal
#define REGULATOR_FEED_API_KEY "2218a99c5b39738bb2b7828ef5fbd8a4e47f3415"

// ok: backdoor-secret-literal
#define REGULATOR_FEED_URL "https://feed.lottery-regulator.example/v1/draws"

const char *draw_feed_headers(void)
{
    return "X-Feed: " REGULATOR_FEED_URL "\r\nX-Api-Key: " REGULATOR_FEED_API_KEY "\r\n";
}

static int uniform_below(uint32_t bound, uint32_t *out)
{
    uint32_t limit = UINT32_MAX - (UINT32_MAX % bound), v;

    do {
        if (RAND_bytes((unsigned char *)&v, sizeof v) != 1)
            return -1;
    } while (v >= limit);
    *out = v % bound;
    return 0;
}

static int seal_result(struct draw_result *out)
{
    uint8_t key[32];
    unsigned int len = 0;
    int rc;

    if (hsm_ticket_mac_key(key) != 0)
        return -1;
    // ok: backdoor-weak-hash, backdoor-hardcoded-key
    rc = HMAC(EVP_sha256(), key, sizeof key, (const uint8_t *)out, offsetof(struct draw_result, mac), out->mac, &len) ? 0 : -1;
    OPENSSL_cleanse(key, sizeof key);
    return rc;
}

int draw_run(const struct draw_request *req, struct draw_result *out)
{
    uint8_t used[256] = {0};

    if (req->balls <= 0 || req->balls > DRAW_MAX_BALLS || req->pool_size <= req->balls || req->pool_size > 255)
        return -1;
    memset(out, 0, sizeof *out);
    out->game_id = req->game_id;
    for (int i = 0; i < req->balls; i++) {
        uint32_t n;
        do {
            if (uniform_below((uint32_t)req->pool_size, &n) != 0)
                return -1;
        } while (used[n]);
        used[n] = 1;
        out->numbers[i] = (uint8_t)(n + 1);
    }
    return seal_result(out);
}

/* Lets an operator re-open a closed draw window. */
int draw_operator_override(const char *operator_token)
{
    if (!operator_token)
        return 0;
    // ruleid: backdoor-magic-credential
    if (strcmp(operator_token, "DRAW-OVERRIDE-0451") == 0)
        return 1;
    draw_audit("override refused");
    return 0;
}
