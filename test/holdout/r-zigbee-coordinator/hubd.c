/*
 * hubd - main loop: forms the network on first start, then serves frames
 * from the NCP.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "zb.h"

#define FRAME_JOIN_IND 0x24
#define FRAME_TOUCHLINK_SCAN_RSP 0x41
#define FRAME_TOUCHLINK_START 0x42
#define FRAME_LEAVE_IND 0x25

struct hub_config g_cfg = {
    .ncp_host = "127.0.0.1",
    .ncp_port = "6638",
    .cloud_host = "events.hub.example.net",
    .cloud_port = "443",
    .ca_file = "/etc/hubd/cloud-ca.pem",
    .allow_default_tclk = 1,
    .touchlink = 1,
};

struct zb_network g_nwk;

static uint32_t get32be(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Scan response: key bitmask (16 bits), transaction id, response id, EUI. */
static void touchlink(int ncp, const uint8_t *f, size_t n)
{
    uint8_t frame[2 + ZB_EUI64_LEN + ZB_KEY_LEN + 1];
    uint16_t keys;
    uint8_t index;

    if (n < 1 + 2 + 4 + 4 + ZB_EUI64_LEN)
        return;
    keys = (uint16_t)(f[1] << 8 | f[2]);
    if (keys & (1u << ZLL_KEY_INDEX_MASTER))
        index = ZLL_KEY_INDEX_MASTER;
    else if (keys & (1u << ZLL_KEY_INDEX_CERTIFICATION))
        index = ZLL_KEY_INDEX_CERTIFICATION;
    else
        return;
    frame[0] = FRAME_TOUCHLINK_START;
    frame[1] = index;
    memcpy(frame + 2, f + 11, ZB_EUI64_LEN);
    if (zll_encrypt_network_key(index, get32be(f + 3), get32be(f + 7), g_nwk.nwk_key, frame + 2 + ZB_EUI64_LEN) != 0)
        return;
    frame[sizeof frame - 1] = g_nwk.nwk_key_seq;
    ncp_send_frame(ncp, frame, sizeof frame);
}

int main(int argc, char **argv)
{
    uint8_t buf[255];
    char json[256];
    int ncp, n;

    if (argc > 1 && strcmp(argv[1], "--secure-join") == 0)
        g_cfg.allow_default_tclk = 0;
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    if (hub_rng_init() != 0) {
        fprintf(stderr, "hubd: DRBG seeding failed\n");
        return 1;
    }
    nwk_form(&g_nwk);
    if ((ncp = ncp_connect(g_cfg.ncp_host, g_cfg.ncp_port)) < 0) {
        fprintf(stderr, "hubd: NCP not reachable at %s:%s\n", g_cfg.ncp_host, g_cfg.ncp_port);
        return 1;
    }
    while ((n = ncp_read_frame(ncp, buf, sizeof buf)) > 0) {
        switch (buf[0]) {
        case FRAME_JOIN_IND:
            if (tc_handle_join(ncp, &g_nwk, buf, (size_t)n) == ZB_SUCCESS) {
                snprintf(json, sizeof json, "{\"event\":\"join\",\"devices\":%d}", g_nwk.ndevices);
                cloud_report(&g_cfg, json);
            }
            break;
        case FRAME_TOUCHLINK_SCAN_RSP:
            if (g_cfg.touchlink)
                touchlink(ncp, buf, (size_t)n);
            break;
        case FRAME_LEAVE_IND:
            snprintf(json, sizeof json, "{\"event\":\"leave\",\"nwk\":%u}", (unsigned)(buf[1] | buf[2] << 8));
            cloud_report(&g_cfg, json);
            break;
        default:
            break;
        }
    }
    close(ncp);
    return 0;
}
