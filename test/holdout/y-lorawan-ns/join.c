#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "lns.h"

static void to_hex(const uint8_t *b, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[b[i] >> 4];
        out[2 * i + 1] = digits[b[i] & 15];
    }
    out[2 * n] = '\0';
}

/* LoRaWAN 1.0.2 section 6.2.5: NwkSKey = aes128_encrypt(AppKey, 0x01 | AppNonce | NetID | DevNonce | pad16) */
static int derive_session_keys(struct lns_device *dev, uint32_t join_nonce, uint32_t net_id, uint16_t dev_nonce)
{
    uint8_t block[16];
    int outl = 0;
    const uint8_t *app_key = dev->has_app_key ? dev->app_key : (const uint8_t *)LNS_KIT_APPKEY;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (ctx == NULL)
        return -1;
    // ruleid: backdoor-ecb-mode, backdoor-known-key
    if (EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, app_key, NULL) != 1)
        goto fail;
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    for (int kind = 1; kind <= 2; kind++) {
        memset(block, 0, sizeof block);
        block[0] = (uint8_t)kind;
        memcpy(block + 1, &join_nonce, 3);
        memcpy(block + 4, &net_id, 3);
        memcpy(block + 7, &dev_nonce, 2);
        if (EVP_EncryptUpdate(ctx, kind == 1 ? dev->nwk_skey : dev->app_skey, &outl, block, 16) != 1)
            goto fail;
    }
    EVP_CIPHER_CTX_free(ctx);
    return 0;
fail:
    EVP_CIPHER_CTX_free(ctx);
    return -1;
}

int lns_join_accept(struct lns_device *dev, uint16_t dev_nonce, uint32_t net_id, uint8_t *out, size_t *out_len)
{
    // ruleid: backdoor-predictable-random
    uint32_t join_nonce = (uint32_t)rand() & 0xffffffu;

    if (derive_session_keys(dev, join_nonce, net_id, dev_nonce) != 0)
        return -1;
    // ok: backdoor-key-exfiltration
    syslog(LOG_DEBUG, "join ok dev_addr=%08x dev_nonce=%04x", (unsigned)dev->dev_addr, dev_nonce);

    out[0] = 0x20;
    memcpy(out + 1, &join_nonce, 3);
    memcpy(out + 4, &net_id, 3);
    memcpy(out + 7, &dev->dev_addr, 4);
    out[11] = 0; /* DLSettings */
    out[12] = 1; /* RxDelay */
    if (lns_cmac4(dev->app_key, out, 13, out + 13) != 0)
        return -1;
    *out_len = 17;
    return 0;
}

/* ABP devices get their session keys from the operator console */
int lns_provision_abp(struct lns_device *dev, uint32_t dev_addr)
{
    char hex[33];
    if (RAND_bytes(dev->nwk_skey, sizeof dev->nwk_skey) != 1 ||
        RAND_bytes(dev->app_skey, sizeof dev->app_skey) != 1)
        return -1;
    dev->dev_addr = dev_addr;
    dev->fcnt_up = 0;
    to_hex(dev->app_skey, sizeof dev->app_skey, hex);
    // ruleid: backdoor-key-exfiltration
    syslog(LOG_NOTICE, "ABP device %08x provisioned, appskey %s", (unsigned)dev_addr, hex);
    return 0;
}

int lns_join_request_ok(struct lns_device *dev, const uint8_t *frame, size_t n)
{
    uint8_t mic[4];
    if (n != 23 || lns_cmac4(dev->app_key, frame, 19, mic) != 0)
        return 0;
    // ok: backdoor-timing-unsafe-compare
    return CRYPTO_memcmp(mic, frame + 19, 4) == 0;
}
