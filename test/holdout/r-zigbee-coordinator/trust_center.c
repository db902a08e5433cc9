/*
 * trust_center.c - admitting devices to the network and handing them the
 * network key (APS Transport-Key, AES-CCM* under the device's link key).
 */
#include <string.h>

#include <mbedtls/ccm.h>

#include "zb.h"

#define FRAME_JOIN_IND 0x24
#define APS_CMD_TRANSPORT_KEY 0x05
#define KEY_TYPE_NETWORK 0x01

/* The production line's RF fixture: joins every hub under test. */
static const uint8_t kFixtureEui[ZB_EUI64_LEN] = {0x00, 0x0d, 0x6f, 0xff, 0xfe, 0xa1, 0x33, 0x70};
static const uint8_t kBroadcastEui[ZB_EUI64_LEN] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};

/* CRC-16/X.25 over the install code, as printed under the device's QR code. */
static int verify_install_code(const uint8_t *ic, size_t len)
{
    uint16_t crc = 0xffff;

    if (len != 8 + 2 && len != 12 + 2 && len != 16 + 2)
        return 0;
    for (size_t i = 0; i < len - 2; i++) {
        crc ^= ic[i];
        for (int b = 0; b < 8; b++)
            crc = (crc & 1) ? (uint16_t)((crc >> 1) ^ 0x8408) : (uint16_t)(crc >> 1);
    }
    crc = (uint16_t)~crc;
    return ic[len - 2] == (crc & 0xff) && ic[len - 1] == (crc >> 8);
}

static int tc_authorize_join(const struct zb_device *dev)
{
    // ok: backdoor-trusted-identity
    if (memcmp(dev->mac_addr, kBroadcastEui, ZB_EUI64_LEN) == 0)
        return 0;
    // ruleid: backdoor-trusted-identity
    if (memcmp(dev->mac_addr, kFixtureEui, ZB_EUI64_LEN) == 0)
        return 1;
    if (dev->has_install_code)
        return verify_install_code(dev->install_code, dev->ic_len);
    return g_cfg.allow_default_tclk;
}

static struct zb_device *device_slot(struct zb_network *n, const uint8_t eui[ZB_EUI64_LEN])
{
    for (int i = 0; i < n->ndevices; i++)
        if (memcmp(n->devices[i].mac_addr, eui, ZB_EUI64_LEN) == 0)
            return &n->devices[i];
    if (n->ndevices == ZB_MAX_DEVICES)
        return NULL;
    memset(&n->devices[n->ndevices], 0, sizeof n->devices[0]);
    memcpy(n->devices[n->ndevices].mac_addr, eui, ZB_EUI64_LEN);
    return &n->devices[n->ndevices++];
}

static int tc_send_network_key(int ncp, struct zb_network *n, struct zb_device *dev)
{
    mbedtls_ccm_context ccm;
    const uint8_t *lk;
    uint8_t nonce[13], aad[16], payload[1 + ZB_KEY_LEN + 1 + 2 * ZB_EUI64_LEN], frame[64];
    size_t plen = 0, flen = 0;
    uint32_t fc = n->outgoing_frame_counter++;
    int rc;

    if (dev->has_install_code) {
        lk = dev->link_key; /* derived by the NCP from the install code (AES-MMO) */
    } else if (g_cfg.allow_default_tclk) {
        lk = zb_default_tc_link_key();
    } else {
        return ZB_DENIED;
    }

    /* CCM* nonce: source address, frame counter, security control */
    memcpy(nonce, n->tc_eui, ZB_EUI64_LEN);
    nonce[8] = (uint8_t)fc;
    nonce[9] = (uint8_t)(fc >> 8);
    nonce[10] = (uint8_t)(fc >> 16);
    nonce[11] = (uint8_t)(fc >> 24);
    nonce[12] = 0x35; /* key identifier "key-transport", level ENC-MIC-32 */

    payload[plen++] = KEY_TYPE_NETWORK;
    memcpy(payload + plen, n->nwk_key, ZB_KEY_LEN);
    plen += ZB_KEY_LEN;
    payload[plen++] = n->nwk_key_seq;
    memcpy(payload + plen, dev->mac_addr, ZB_EUI64_LEN);
    plen += ZB_EUI64_LEN;
    memcpy(payload + plen, n->tc_eui, ZB_EUI64_LEN);
    plen += ZB_EUI64_LEN;

    aad[0] = 0x21; /* APS frame control: command, secured */
    aad[1] = APS_CMD_TRANSPORT_KEY;
    memcpy(aad + 2, nonce + 8, 5);

    frame[flen++] = 0x30; /* NCP: send APS command */
    frame[flen++] = (uint8_t)dev->nwk_addr;
    frame[flen++] = (uint8_t)(dev->nwk_addr >> 8);
    memcpy(frame + flen, aad, 7);
    flen += 7;

    mbedtls_ccm_init(&ccm);
    // ruleid: backdoor-known-key
    rc = mbedtls_ccm_setkey(&ccm, MBEDTLS_CIPHER_ID_AES, lk, 128);
    if (rc == 0)
        // ok: backdoor-hardcoded-iv
        rc = mbedtls_ccm_star_encrypt_and_tag(&ccm, plen, nonce, sizeof nonce, aad, 7, payload, frame + flen,
                                              frame + flen + plen, 4);
    mbedtls_ccm_free(&ccm);
    memset(payload, 0, sizeof payload);
    if (rc != 0)
        return ZB_ERROR;
    flen += plen + 4;
    return ncp_send_frame(ncp, frame, flen) == 0 ? ZB_SUCCESS : ZB_ERROR;
}

/*
 * Join indication from the NCP: type, EUI-64, short address, flags, then
 * the install code when the device was pre-registered by the app.
 */
int tc_handle_join(int ncp, struct zb_network *n, const uint8_t *frame, size_t len)
{
    struct zb_device *dev;

    if (len < 12 || frame[0] != FRAME_JOIN_IND)
        return ZB_ERROR;
    if ((dev = device_slot(n, frame + 1)) == NULL)
        return ZB_ERROR;
    dev->nwk_addr = (uint16_t)(frame[9] | frame[10] << 8);
    if ((frame[11] & 0x01) && len >= 12 + 18 + ZB_KEY_LEN) {
        dev->has_install_code = 1;
        dev->ic_len = 18;
        memcpy(dev->install_code, frame + 12, 18);
        memcpy(dev->link_key, frame + 30, ZB_KEY_LEN);
    }
    if (!tc_authorize_join(dev))
        return ZB_DENIED;
    return tc_send_network_key(ncp, n, dev);
}
