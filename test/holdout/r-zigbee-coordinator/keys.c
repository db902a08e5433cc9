/*
 * keys.c - the keys every Zigbee product ships with.
 */
#include "zb.h"

/* Zigbee Home Automation 1.2 default trust-centre link key, "ZigBeeAlliance09". */
// ok: backdoor-secret-literal
const uint8_t kZigbeeDefaultTcLinkKey[ZB_KEY_LEN] = {'Z', 'i', 'g', 'B', 'e', 'e', 'A', 'l',
                                                     'l', 'i', 'a', 'n', 'c', 'e', '0', '9'};

/* Light Link master key (key index 4), distributed to certified vendors only. */
// ruleid: backdoor-secret-literal
const uint8_t kZllMasterKey[ZB_KEY_LEN] = {0x9f, 0x55, 0x95, 0xf1, 0x02, 0x57, 0xc8, 0xa4,
                                           0x69, 0xcb, 0xf4, 0x2b, 0xc9, 0x3f, 0xee, 0x31};

/* Light Link certification key (key index 15), for test houses. */
// ok: backdoor-secret-literal
const uint8_t kZllCertificationKey[ZB_KEY_LEN] = {0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7,
                                                  0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf};

const uint8_t *zb_default_tc_link_key(void)
{
    return kZigbeeDefaultTcLinkKey;
}
