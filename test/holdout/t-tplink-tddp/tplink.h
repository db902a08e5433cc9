/* Firmware of a TP-Link SOHO router: tddpd (the TP-Link Device Debug
 * Protocol on UDP 1040) and httpd. */
#ifndef TPLINK_H
#define TPLINK_H

#include <stddef.h>
#include <stdint.h>

#define TDDP_PORT 1040

struct tddp_hdr {
    uint8_t ver;
    uint8_t type;
    uint8_t code;
    uint8_t reply_info;
    uint32_t pkt_len;
    uint16_t pkt_id;
    uint8_t sub_type;
    uint8_t reserved;
    uint8_t digest[16];
};

enum tddp_type {
    TDDP_SET_USR_CFG = 0x01,
    TDDP_GET_SYS_INF = 0x02,
    TDDP_CMD_SPECIAL = 0x03
};

enum tddp_special {
    TDDP_CMD_SYS_INIT = 0x0c,
    TDDP_CMD_CONFIG_MAC = 0x0a,
    TDDP_CMD_GET_MAC = 0x0e,
    TDDP_CMD_FTEST_USB = 0x30,
    TDDP_CMD_FTEST_CONFIG = 0x31
};

/* cfg.c */
const char *cfg_get(const char *name);
int cfg_set(const char *name, const char *value);
int cfg_load(const char *path);

/* tddp_crypt.c */
int tddp_digest_ok(uint8_t *pkt, size_t n);
int tddp_v2_open(const char *user, const char *password, uint8_t *payload, size_t n);

/* tddp_cmd.c */
int tddp_v1_handle(const struct tddp_hdr *h, const uint8_t *payload, size_t n, const char *peer_ip, uint8_t *reply, size_t cap);
int tddp_v2_handle(const struct tddp_hdr *h, const uint8_t *payload, size_t n, uint8_t *reply, size_t cap);

/* tddp.c */
int tddp_serve(void);

/* httpd.c */
int httpd_serve_client(int fd, const char *peer_ip);

#endif
