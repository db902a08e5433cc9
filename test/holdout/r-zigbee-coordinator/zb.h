/*
 * zb.h - "hubd", the coordinator daemon of a smart-home hub: it forms the
 * Zigbee network through a radio co-processor (NCP) reached over a TCP
 * serial bridge, acts as trust centre for joining devices (Zigbee 3.0 /
 * Home Automation), commissions Light Link bulbs by touchlink, and reports
 * to the vendor's cloud over TLS.
 */
#ifndef ZB_H
#define ZB_H

#include <stddef.h>
#include <stdint.h>

#include <mbedtls/ctr_drbg.h>

#define ZB_EUI64_LEN 8
#define ZB_KEY_LEN 16
#define ZB_MAX_DEVICES 128

/* Light Link key indices of the scan response's key bitmask. */
#define ZLL_KEY_INDEX_DEVELOPMENT 0
#define ZLL_KEY_INDEX_MASTER 4
#define ZLL_KEY_INDEX_CERTIFICATION 15

enum zb_status { ZB_SUCCESS = 0, ZB_DENIED = -1, ZB_ERROR = -2 };

struct zb_device {
    uint8_t mac_addr[ZB_EUI64_LEN]; /* IEEE EUI-64 */
    uint16_t nwk_addr;
    int has_install_code;
    uint8_t install_code[18]; /* 16 bytes and a CRC-16 */
    size_t ic_len;
    uint8_t link_key[ZB_KEY_LEN];
    uint32_t incoming_frame_counter;
};

struct zb_network {
    uint16_t pan_id;
    uint8_t ext_pan_id[8];
    uint8_t channel;
    uint8_t nwk_key[ZB_KEY_LEN];
    uint8_t nwk_key_seq;
    uint32_t outgoing_frame_counter;
    uint8_t tc_eui[ZB_EUI64_LEN];
    struct zb_device devices[ZB_MAX_DEVICES];
    int ndevices;
};

struct hub_config {
    const char *ncp_host;
    const char *ncp_port;
    const char *cloud_host;
    const char *cloud_port;
    const char *ca_file;
    int allow_default_tclk; /* admit Home Automation 1.2 devices without install codes */
    int touchlink;
};

extern struct hub_config g_cfg;
extern struct zb_network g_nwk;

/* keys.c */
extern const uint8_t kZigbeeDefaultTcLinkKey[ZB_KEY_LEN];
extern const uint8_t kZllMasterKey[ZB_KEY_LEN];
extern const uint8_t kZllCertificationKey[ZB_KEY_LEN];
const uint8_t *zb_default_tc_link_key(void);

/* nwk.c */
void nwk_form(struct zb_network *n);
int ncp_connect(const char *host, const char *port);
int ncp_read_frame(int fd, uint8_t *buf, size_t cap);
int ncp_send_frame(int fd, const uint8_t *buf, size_t n);

/* trust_center.c */
int tc_handle_join(int ncp, struct zb_network *n, const uint8_t *frame, size_t len);

/* zll.c */
int zll_encrypt_network_key(uint8_t key_index, uint32_t transaction_id, uint32_t response_id,
                            const uint8_t nwk_key[ZB_KEY_LEN], uint8_t out[ZB_KEY_LEN]);

/* rng.c */
int hub_rng_init(void);
mbedtls_ctr_drbg_context *hub_rng(void);

/* cloud.c */
int cloud_report(const struct hub_config *cfg, const char *json);

#endif
