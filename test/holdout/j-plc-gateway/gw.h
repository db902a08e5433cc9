/* plcgw: field-bus to cloud gateway for PLC racks */
#ifndef GW_H
#define GW_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define GW_PORT 5020

enum {
    GW_OP_READ_REG = 0x0001,
    GW_OP_WRITE_REG = 0x0002,
    GW_OP_STATUS = 0x0003,
    GW_OP_LOGIN = 0x0010,
    GW_OP_REBOOT = 0x0011,
};

struct gw_tls_opts {
    int verify_mode;
    int min_version;
    const char *ca_path;
};

/* board.c */
extern const unsigned char gw_image_key[32];
void gw_tls_defaults(struct gw_tls_opts *o);
int gw_check_pin(const unsigned char *pin, size_t len);
uint16_t gw_read_register(uint16_t reg);
void gw_write_register(uint16_t reg, uint16_t value);

/* shell.c */
void gw_service_console(int fd);
void gw_reboot(void);

/* uplink.c */
int uplink_connect(const char *host, const char *port);
int uplink_decrypt_image(FILE *img, unsigned char *out, size_t cap);

#endif
