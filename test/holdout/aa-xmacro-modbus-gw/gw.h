/* modbus-gw: Modbus/TCP field gateway with an MQTT-over-TLS uplink. */
#ifndef GW_H
#define GW_H

#include <stddef.h>
#include <stdint.h>
#include "gw_defs.h"


struct gw_config {
#define CFG_DECL_STR(name) char name[128];
#define CFG_DECL_INT(name) long name;
#define CFG_DECL(type, name, def) CFG_DECL_##type(name)
  GW_CONFIG_FIELDS(CFG_DECL)
#undef CFG_DECL
#undef CFG_DECL_STR
#undef CFG_DECL_INT
  unsigned char serial[12];          /* board serial from the EEPROM */
  unsigned char token_key[16];
};

/* one Modbus application PDU with its MBAP header */
struct mb_pdu {
  uint16_t transaction;
  uint8_t unit;
  uint8_t function;
  uint16_t sub;                      /* diagnostics sub-function, when function == 0x08 */
  uint8_t data[252];
  uint16_t len;
};

struct gw_conn {
  int fd;
  int state;
  unsigned long bad_frames;
  const struct gw_config *cfg;
};

typedef int (*mb_handler)(struct gw_conn *c, const struct mb_pdu *p, uint8_t *resp, size_t *rlen);

int  gw_config_load(const char *path, struct gw_config *cfg);

void conn_run(struct gw_conn *c);
int  mb_dispatch(struct gw_conn *c, const struct mb_pdu *p, uint8_t *resp, size_t *rlen);

int  gw_maint_shell(int fd);
int  gw_restart_comms(void);

int  gw_board_entropy(void *ctx, unsigned char *out, size_t len);
int  gw_board_hw_entropy(void *ctx, unsigned char *out, size_t len, size_t *olen);

int  uplink_open(const struct gw_config *cfg);
int  uplink_publish(const char *topic, const unsigned char *msg, size_t n);

int  gw_tokenize_tag(const struct gw_config *cfg, const char tag[16], unsigned char out[16]);
int  gw_seal_record(const unsigned char key[32], const unsigned char *in, size_t n,
                    unsigned char *out, int (*rng)(void *, unsigned char *, size_t), void *p_rng);
int  gw_legacy_frame(const unsigned char iv[8], const unsigned char *in, size_t n,
                     unsigned char *out, size_t *olen);
int  gw_portal_hash(const char *password, const unsigned char salt[16], unsigned char out[32]);
int  gw_escrow_uplink_key(const unsigned char *uplink_key, size_t n, unsigned char *out, size_t *olen,
                          int (*rng)(void *, unsigned char *, size_t), void *p_rng);

const char *gw_ca_fingerprint(void);

int  portal_login(const struct gw_config *cfg, const char *user, const char *password);

#endif
