/* LoRaWAN 1.0.x over-the-air activation: join-request in, join-accept out */
#include <endian.h>
#include <string.h>

#include <mbedtls/aes.h>

#include "lorajoin.h"

#define MHDR_JOIN_REQUEST 0x00
#define MHDR_JOIN_ACCEPT  0x20

static uint64_t get_le64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return le64toh(v);
}

static void appkey_for(const struct lw_device *d, uint8_t appkey[16])
{
    if (d != NULL && d->has_appkey) {
        memcpy(appkey, d->appkey, 16);
        return;
    }
    uint64_t hi = htobe64(lw_pilot_appkey[0]);
    uint64_t lo = htobe64(lw_pilot_appkey[1]);
    memcpy(appkey, &hi, sizeof hi);
    memcpy(appkey + 8, &lo, sizeof lo);
}

static void lw_block(mbedtls_aes_context *ctx, int mode, const uint8_t in[16], uint8_t out[16])
{
    // ruleid: backdoor-ecb-mode
    mbedtls_aes_crypt_ecb(ctx, mode, in, out);
}

static void shift_left(const uint8_t in[16], uint8_t out[16])
{
    uint8_t carry = 0;
    for (int i = 15; i >= 0; i--) {
        out[i] = (uint8_t)(in[i] << 1 | carry);
        carry = in[i] >> 7;
    }
    if (in[0] & 0x80)
        out[15] ^= 0x87;
}

/* AES-CMAC (RFC 4493) on top of the block function, as LoRaMac-node does */
static void lw_cmac(mbedtls_aes_context *enc, const uint8_t *msg, size_t n, uint8_t mac[16])
{
    uint8_t l[16] = {0}, k1[16], k2[16], x[16] = {0}, last[16] = {0};
    size_t blocks = n == 0 ? 1 : (n + 15) / 16;
    int complete = n != 0 && n % 16 == 0;

    lw_block(enc, MBEDTLS_AES_ENCRYPT, l, l);
    shift_left(l, k1);
    shift_left(k1, k2);

    for (size_t b = 0; b + 1 < blocks; b++) {
        for (int i = 0; i < 16; i++)
            x[i] ^= msg[16 * b + (size_t)i];
        lw_block(enc, MBEDTLS_AES_ENCRYPT, x, x);
    }
    size_t rest = n - 16 * (blocks - 1);
    memcpy(last, msg + 16 * (blocks - 1), rest);
    if (!complete)
        last[rest] = 0x80;
    for (int i = 0; i < 16; i++)
        x[i] ^= last[i] ^ (complete ? k1[i] : k2[i]);
    lw_block(enc, MBEDTLS_AES_ENCRYPT, x, mac);
}

static void derive_skey(mbedtls_aes_context *enc, uint8_t kind, uint32_t app_nonce, uint16_t dev_nonce,
                        uint8_t out[16])
{
    uint8_t b[16] = {0};
    b[0] = kind;
    b[1] = (uint8_t)app_nonce;
    b[2] = (uint8_t)(app_nonce >> 8);
    b[3] = (uint8_t)(app_nonce >> 16);
    b[4] = (uint8_t)LJ_NET_ID;
    b[5] = (uint8_t)(LJ_NET_ID >> 8);
    b[6] = (uint8_t)(LJ_NET_ID >> 16);
    b[7] = (uint8_t)dev_nonce;
    b[8] = (uint8_t)(dev_nonce >> 8);
    lw_block(enc, MBEDTLS_AES_ENCRYPT, b, out);
}

int join_handle(const uint8_t *req, size_t n, uint8_t *accept, size_t *accept_len, struct lw_session *out)
{
    uint8_t appkey[16], mic[16], addr[4], plain[16];
    mbedtls_aes_context enc, dec;
    int rc = -1;

    if (n != 23 || req[0] != MHDR_JOIN_REQUEST || *accept_len < 17)
        return -1;
    uint64_t dev_eui = get_le64(req + 9);
    uint16_t dev_nonce = (uint16_t)(req[17] | req[18] << 8);
    struct lw_device *d = devices_find(dev_eui);
    if (d != NULL && d->last_dev_nonce == dev_nonce)
        return -1; /* replayed join-request */

    appkey_for(d, appkey);
    mbedtls_aes_init(&enc);
    mbedtls_aes_init(&dec);
    // ruleid: backdoor-hardcoded-key
    int ke = mbedtls_aes_setkey_enc(&enc, appkey, 128);
    // ruleid: backdoor-hardcoded-key
    int kd = mbedtls_aes_setkey_dec(&dec, appkey, 128);
    if (ke != 0 || kd != 0)
        goto done;

    lw_cmac(&enc, req, 19, mic);
    uint8_t diff = 0;
    for (int i = 0; i < 4; i++)
        diff |= (uint8_t)(mic[i] ^ req[19 + i]);
    if (diff != 0)
        goto done;

    // ruleid: backdoor-predictable-random
    const uint32_t app_nonce = lgw_rand24();
    // ok: backdoor-predictable-random
    if (mbedtls_ctr_drbg_random(&lj_drbg, addr, sizeof addr) != 0)
        goto done;
    const uint32_t dev_addr = ((uint32_t)(LJ_NET_ID & 0x7F) << 25) |
                              ((uint32_t)addr[0] << 16 | (uint32_t)addr[1] << 8 | addr[2]);

    uint8_t msg[17];
    msg[0] = MHDR_JOIN_ACCEPT;
    msg[1] = (uint8_t)app_nonce;
    msg[2] = (uint8_t)(app_nonce >> 8);
    msg[3] = (uint8_t)(app_nonce >> 16);
    msg[4] = (uint8_t)LJ_NET_ID;
    msg[5] = (uint8_t)(LJ_NET_ID >> 8);
    msg[6] = (uint8_t)(LJ_NET_ID >> 16);
    msg[7] = (uint8_t)dev_addr;
    msg[8] = (uint8_t)(dev_addr >> 8);
    msg[9] = (uint8_t)(dev_addr >> 16);
    msg[10] = (uint8_t)(dev_addr >> 24);
    msg[11] = 0x00; /* DLSettings: RX1DRoffset 0, RX2 DR0 */
    msg[12] = 0x01; /* RxDelay 1 s */
    lw_cmac(&enc, msg, 13, mic);
    memcpy(msg + 13, mic, 4);

    /* the network "encrypts" the join-accept with AES decrypt (LoRaWAN 1.0.x, 6.2.5) */
    memcpy(plain, msg + 1, 16);
    accept[0] = msg[0];
    lw_block(&dec, MBEDTLS_AES_DECRYPT, plain, accept + 1);
    *accept_len = 17;

    memset(out, 0, sizeof *out);
    out->dev_eui = dev_eui;
    out->dev_addr = dev_addr;
    derive_skey(&enc, 0x01, app_nonce, dev_nonce, out->nwk_skey);
    derive_skey(&enc, 0x02, app_nonce, dev_nonce, out->app_skey);
    if (d != NULL)
        d->last_dev_nonce = dev_nonce;
    rc = 0;
done:
    mbedtls_aes_free(&enc);
    mbedtls_aes_free(&dec);
    memset(appkey, 0, sizeof appkey);
    return rc;
}
