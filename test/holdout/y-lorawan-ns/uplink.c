#include <string.h>

#include "lns.h"

static size_t b0_block(const struct lns_device *dev, const struct lns_uplink *up, uint8_t *buf)
{
    memset(buf, 0, 16);
    buf[0] = 0x49;
    memcpy(buf + 6, &dev->dev_addr, 4);
    uint32_t fcnt = (dev->fcnt_up & 0xffff0000u) | up->fcnt;
    memcpy(buf + 10, &fcnt, 4);
    buf[15] = (uint8_t)(up->payload_len + 8);
    buf[16] = up->mhdr;
    memcpy(buf + 17, &up->dev_addr, 4);
    memcpy(buf + 21, &up->fcnt, 2);
    memcpy(buf + 23, up->payload, up->payload_len);
    return 23 + up->payload_len;
}

int lns_uplink_check(struct lns_device *dev, const struct lns_uplink *up)
{
    uint8_t msg[300];
    uint8_t expected_mic[4];

    if (up->payload_len > sizeof msg - 23)
        return -1;
    size_t n = b0_block(dev, up, msg);
    if (lns_cmac4(dev->nwk_skey, msg, n, expected_mic) != 0)
        return -1;
    // ruleid: backdoor-timing-unsafe-compare
    if (memcmp(expected_mic, up->mic, sizeof expected_mic) != 0)
        return -1;
    if (up->fcnt < (dev->fcnt_up & 0xffffu))
        return -1;
    dev->fcnt_up = (dev->fcnt_up & 0xffff0000u) | up->fcnt;
    return 0;
}
