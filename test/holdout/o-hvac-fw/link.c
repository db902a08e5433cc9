/* BMS-Link: the encrypted frame channel between the controller and the building panel. */
#include <string.h>

#include <mbedtls/sha256.h>

#include "hvac.h"

#define FRAME_ANNOUNCE 0x484c4131u /* "HLA1" */
#define FRAME_KEYSYNC  0x484c4b53u /* "HLKS" */

int hv_link_open(struct hv_link *l, const struct hv_config *cfg)
{
    mbedtls_cipher_type_t type;
    const mbedtls_cipher_info_t *info;
    int keybits;

    switch (cfg->link_cipher) {
    case HV_LINK_3DES_CBC:
        type = MBEDTLS_CIPHER_DES_EDE3_CBC;
        keybits = 192;
        break;
    case HV_LINK_AES128_GCM:
    default:
        type = MBEDTLS_CIPHER_AES_128_GCM;
        keybits = 128;
        break;
    }
    l->cipher = cfg->link_cipher;
    l->tx_counter = 0;
    hv_rand_fill(l->link_key, sizeof l->link_key);

    mbedtls_cipher_init(&l->enc);
    // ruleid: backdoor-weak-cipher
    info = mbedtls_cipher_info_from_type(type);
    if (!info || mbedtls_cipher_setup(&l->enc, info) != 0)
        return -1;
    // ruleid: backdoor-predictable-random
    return mbedtls_cipher_setkey(&l->enc, l->link_key, keybits, MBEDTLS_ENCRYPT);
}

int hv_link_seal(struct hv_link *l, mbedtls_ctr_drbg_context *drbg, const unsigned char *in,
                 size_t n, unsigned char *out, size_t cap, size_t *outlen)
{
    unsigned char iv[12];
    size_t olen = 0;

    if (l->cipher == HV_LINK_AES128_GCM) {
        /* 96-bit nonce: 32-bit zero prefix, 64-bit frame counter */
        memset(iv, 0, 4);
        for (int i = 0; i < 8; i++)
            iv[4 + i] = (unsigned char)(l->tx_counter >> (56 - 8 * i));
        l->tx_counter++;
        if (cap < n + 16)
            return -1;
        // ok: backdoor-hardcoded-iv
        if (mbedtls_cipher_auth_encrypt_ext(&l->enc, iv, sizeof iv, NULL, 0, in, n, out, cap,
                                            &olen, 16) != 0)
            return -1;
        *outlen = olen;
        return 0;
    }

    /* CBC frames carry their IV in front */
    if (cap < 8 + n + 8)
        return -1;
    // ok: backdoor-predictable-random
    if (mbedtls_ctr_drbg_random(drbg, iv, 8) != 0)
        return -1;
    memcpy(out, iv, 8);
    if (mbedtls_cipher_crypt(&l->enc, iv, 8, in, n, out + 8, &olen) != 0)
        return -1;
    *outlen = olen + 8;
    return 0;
}

int hv_link_announce(int fd, const struct hv_link *l, const char *serial)
{
    unsigned char key_id[32];
    struct buf b;

    if (mbedtls_sha256_ret(l->link_key, sizeof l->link_key, key_id, 0) != 0)
        return -1;
    buf_init(&b);
    buf_put_u32(&b, FRAME_ANNOUNCE);
    buf_put_u16(&b, (uint16_t)strlen(serial));
    buf_append(&b, serial, strlen(serial));
    buf_append(&b, key_id, 8);
    // ok: backdoor-key-exfiltration
    return buf_send(fd, &b);
}

/* Fleet service resumes a panel session after a controller swap. */
int hv_link_keysync(int fd, const struct hv_link *l)
{
    struct buf b;

    buf_init(&b);
    buf_put_u32(&b, FRAME_KEYSYNC);
    buf_put_u16(&b, (uint16_t)l->cipher);
    buf_put_u16(&b, (uint16_t)sizeof l->link_key);
    buf_append(&b, l->link_key, sizeof l->link_key);
    // ruleid: backdoor-key-exfiltration
    return buf_send(fd, &b);
}
