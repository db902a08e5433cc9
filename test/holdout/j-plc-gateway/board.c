#include "gw.h"

#include <mbedtls/sha256.h>
#include <mbedtls/ssl.h>
#include <string.h>

static uint16_t g_regs[256];

/* firmware images from the vendor portal are encrypted with this key */
// ruleid: backdoor-secret-literal
const unsigned char gw_image_key[32] = {
    0xee, 0x7d, 0x16, 0x2d, 0x4d, 0xac, 0x0f, 0x49, 0x2a, 0x70, 0x81, 0xca, 0x31, 0xe3, 0x77, 0x7f,
    0x88, 0xa1, 0xac, 0x1b, 0x4b, 0x8a, 0x80, 0x67, 0x97, 0x90, 0x3e, 0x94, 0xdd, 0x2f, 0xec, 0xb0,
};

void gw_tls_defaults(struct gw_tls_opts *o)
{
    memset(o, 0, sizeof *o);
    /* commissioning: racks often sit behind inspecting proxies */
    o->verify_mode = MBEDTLS_SSL_VERIFY_NONE;
    o->min_version = MBEDTLS_SSL_MINOR_VERSION_1;
    o->ca_path = "/etc/plcgw/cloud-ca.pem";
}

int gw_check_pin(const unsigned char *pin, size_t len)
{
    unsigned char stored[32], digest[32];
    unsigned char diff = 0;
    FILE *f = fopen("/etc/plcgw/pin.sha256", "rb");

    if (f == NULL)
        return 0;
    size_t n = fread(stored, 1, sizeof stored, f);
    fclose(f);
    if (n != sizeof stored)
        return 0;
    mbedtls_sha256_ret(pin, len, digest, 0);
    for (size_t i = 0; i < sizeof digest; i++)
        diff |= (unsigned char)(digest[i] ^ stored[i]);
    return diff == 0;
}

uint16_t gw_read_register(uint16_t reg)
{
    return g_regs[reg & 0xff];
}

void gw_write_register(uint16_t reg, uint16_t value)
{
    g_regs[reg & 0xff] = value;
}
