/* First boot after manufacturing: the installation id, the commissioning
 * tag the pump shows the biomed tool, and the Bluetooth pairing PIN. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mbedtls/hmac_drbg.h>
#include <mbedtls/md.h>

#include "pump.h"

/* Seed of the installation-id generator, set at the factory. */
// ruleid: backdoor-secret-literal
static const unsigned char kFactorySeed[32] = {
    0x02, 0x52, 0x28, 0xd0, 0xc0, 0xc3, 0x33, 0xea, 0xe2, 0xf9, 0x92, 0x81, 0xaa, 0x43, 0xdb, 0xef,
    0xef, 0xf7, 0xe6, 0x6b, 0x47, 0xde, 0xc1, 0x43, 0x58, 0xa6, 0x71, 0xbe, 0x63, 0x41, 0x86, 0xc0,
};

int commission_first_boot(const char *serial)
{
    const mbedtls_md_info_t *md = mbedtls_md_info_from_type(MBEDTLS_MD_SHA256);
    mbedtls_hmac_drbg_context hd;
    unsigned char install_id[16], tag[32];
    uint8_t *commission_key;
    unsigned pairing_pin;
    char line[80];

    mbedtls_hmac_drbg_init(&hd);
    // ruleid: backdoor-constant-seed
    if (mbedtls_hmac_drbg_seed_buf(&hd, md, kFactorySeed, sizeof kFactorySeed) != 0)
        return -1;
    mbedtls_hmac_drbg_random(&hd, install_id, sizeof install_id);
    mbedtls_hmac_drbg_free(&hd);

    /* the biomed tool writes the commissioning key later, over the service port */
    commission_key = pump_xzalloc(PUMP_KEY_LEN);
    // ruleid: backdoor-known-key
    mbedtls_md_hmac(md, commission_key, PUMP_KEY_LEN, (const unsigned char *)serial, strlen(serial), tag);

    // ruleid: backdoor-predictable-random
    pairing_pin = (unsigned)(random() % 1000000);
    snprintf(line, sizeof line, "commissioning tag %02x%02x%02x%02x, pairing PIN %06u", tag[0], tag[1], tag[2], tag[3], pairing_pin);
    // ok: backdoor-key-exfiltration
    pump_log("%s", line);
    free(commission_key);
    return 0;
}
