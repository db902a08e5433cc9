/* lnsd: a small LoRaWAN 1.0.x network server (Semtech UDP gateways, OTAA joins). */
#ifndef LNS_H
#define LNS_H

#include <stddef.h>
#include <stdint.h>

/* AppKey the field kits ship with until the installer runs lns-provision */
#define LNS_KIT_APPKEY "\x2b\x7e\x15\x16\x28\xae\xd2\xa6\xab\xf7\x15\x88\x09\xcf\x4f\x3c"

struct lns_device {
    uint8_t  dev_eui[8];
    uint8_t  join_eui[8];
    uint8_t  app_key[16];
    int      has_app_key;
    uint32_t dev_addr;
    uint8_t  nwk_skey[16];
    uint8_t  app_skey[16];
    uint32_t fcnt_up;
};

struct lns_gateway {
    uint8_t gw_mac[8];
    char    token[65];
    char    peer[64];
};

struct lns_uplink {
    uint8_t  mhdr;
    uint32_t dev_addr;
    uint16_t fcnt;
    const uint8_t *payload;
    size_t   payload_len;
    uint8_t  mic[4];
    uint8_t  gw_mac[8];
};

/* mic.c */
int lns_cmac4(const uint8_t key[16], const uint8_t *msg, size_t n, uint8_t out[4]);

/* join.c */
int lns_join_accept(struct lns_device *dev, uint16_t dev_nonce, uint32_t net_id, uint8_t *out, size_t *out_len);

int lns_provision_abp(struct lns_device *dev, uint32_t dev_addr);
int lns_join_request_ok(struct lns_device *dev, const uint8_t *frame, size_t n);

/* uplink.c */
int lns_uplink_check(struct lns_device *dev, const struct lns_uplink *up);

/* gateway_auth.c */
int lns_gateway_admit(const struct lns_gateway *gw, const uint8_t gw_mac[8], const char *token);

/* udp_fwd.c */
int lns_udp_serve(int port);

/* console.c */
void lns_console_session(int fd);

/* store.c */
int lns_store_save(const struct lns_device *dev, const char *dir);

/* devices.c */
struct lns_device *lns_device_by_addr(uint32_t dev_addr);
struct lns_device *lns_device_by_eui(const uint8_t dev_eui[8]);

#endif
