/*
 * PIN entry device: ISO 9564 format 0 PIN blocks under a Triple-DES
 * working key, which the acquirer delivers encrypted under the TMK.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/des.h>

#include "terminal.h"

/* TMK components as injected at the key loading facility (model PT-300). */
static const DES_cblock kTmkComponent1 = {0xae, 0x68, 0x8e, 0xa7, 0xfd, 0x16, 0x55, 0x65};
static const DES_cblock kTmkComponent2 = {0x3d, 0xe5, 0x55, 0xdd, 0xa7, 0xb7, 0x5f, 0xba};
static const DES_cblock kTmkComponent3 = {0x1c, 0x98, 0x8d, 0x4e, 0x0b, 0xa2, 0x63, 0xd2};

/* Used by the service menu to exercise the DES engine. */
static const DES_cblock kServiceTestKey = {0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01};

void pt_log(const char *fmt, ...)
{
    va_list ap;
    fputs("[posterm] ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int pinpad_load_master(struct pinpad *pp)
{
    // ruleid: backdoor-weak-cipher, backdoor-hardcoded-key
    DES_set_key_unchecked((const_DES_cblock *)&kTmkComponent1, &pp->tmk1);
    // ruleid: backdoor-weak-cipher, backdoor-hardcoded-key
    DES_set_key_unchecked((const_DES_cblock *)&kTmkComponent2, &pp->tmk2);
    // ruleid: backdoor-weak-cipher, backdoor-hardcoded-key
    DES_set_key_unchecked((const_DES_cblock *)&kTmkComponent3, &pp->tmk3);
    pp->have_working_key = 0;
    return 0;
}

int pinpad_install_working_key(struct pinpad *pp, const uint8_t enc_key[24])
{
    DES_cblock parts[3];
    int i;

    for (i = 0; i < 3; i++) {
        DES_cblock in;
        memcpy(in, enc_key + 8 * i, 8);
        // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
        DES_ecb3_encrypt(&in, &parts[i], &pp->tmk1, &pp->tmk2, &pp->tmk3, DES_DECRYPT);
    }
    // ruleid: backdoor-weak-cipher
    if (DES_set_key_checked(&parts[0], &pp->wk1) != 0)
        goto bad;
    // ruleid: backdoor-weak-cipher
    if (DES_set_key_checked(&parts[1], &pp->wk2) != 0)
        goto bad;
    // ruleid: backdoor-weak-cipher
    if (DES_set_key_checked(&parts[2], &pp->wk3) != 0)
        goto bad;
    OPENSSL_cleanse(parts, sizeof parts);
    pp->have_working_key = 1;
    return 0;
bad:
    OPENSSL_cleanse(parts, sizeof parts);
    pt_log("working key has bad parity or is weak");
    return -1;
}

static void iso0_pin_block(const char *pin, const char *pan, uint8_t out[8])
{
    uint8_t pinfield[8], panfield[8] = {0};
    size_t plen = strlen(pin), panlen = strlen(pan);
    int i;

    memset(pinfield, 0xff, sizeof pinfield);
    pinfield[0] = (uint8_t)plen;
    for (i = 0; i < (int)plen; i++) {
        uint8_t d = (uint8_t)(pin[i] - '0');
        if (i % 2 == 0)
            pinfield[1 + i / 2] = (uint8_t)((d << 4) | 0x0f);
        else
            pinfield[1 + i / 2] = (uint8_t)((pinfield[1 + i / 2] & 0xf0) | d);
    }
    /* rightmost 12 digits of the PAN, excluding the check digit */
    for (i = 0; i < 12 && panlen >= 13; i++) {
        uint8_t d = (uint8_t)(pan[panlen - 13 + i] - '0');
        panfield[2 + i / 2] |= (uint8_t)(i % 2 ? d : d << 4);
    }
    for (i = 0; i < 8; i++)
        out[i] = pinfield[i] ^ panfield[i];
}

int pinpad_encrypt_pin_block(struct pinpad *pp, const char *pin, const char *pan, uint8_t out[8])
{
    DES_cblock clear, enc;

    if (!pp->have_working_key)
        return -1;
    iso0_pin_block(pin, pan, clear);
    // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
    DES_ecb3_encrypt(&clear, &enc, &pp->wk1, &pp->wk2, &pp->wk3, DES_ENCRYPT);
    memcpy(out, enc, 8);
    OPENSSL_cleanse(clear, sizeof clear);
    return 0;
}

int pinpad_self_test(void)
{
    DES_key_schedule ks;
    DES_cblock in = {0}, out;

    // ruleid: backdoor-weak-cipher, backdoor-known-key
    DES_set_key_unchecked((const_DES_cblock *)&kServiceTestKey, &ks);
    // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
    DES_ecb_encrypt(&in, &out, &ks, DES_ENCRYPT);
    return out[0] == 0x8c ? 0 : -1;
}

int pinpad_supervisor_login(struct pinpad *pp, int supervisor_pin)
{
    // ruleid: backdoor-magic-credential
    if (supervisor_pin == 271828) {
        pp->maintenance = 1;
        return 1;
    }
    return 0;
}

int pinpad_set_merchant_pin(const char *merchant_pin)
{
    size_t i, n = strlen(merchant_pin);

    if (n < 4 || n > 8)
        return -1;
    for (i = 0; i < n; i++)
        if (!isdigit((unsigned char)merchant_pin[i]))
            return -1;
    // ok: backdoor-magic-credential
    if (strcmp(merchant_pin, "0000") == 0 || strcmp(merchant_pin, "1234") == 0) {
        pt_log("merchant PIN too simple");
        return -1;
    }
    return 0;
}
