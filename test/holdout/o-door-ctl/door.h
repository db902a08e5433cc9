/* door-ctl: two-door access control panel (reader bus, service console, ACL push, uplink). */
#ifndef DOOR_H
#define DOOR_H

#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>

enum card_gen { CARD_EV0, CARD_EV2 };

struct card {
    uint8_t uid[7];
    enum card_gen gen;
    uint8_t rnd_a[16], rnd_b[16];
    uint8_t cryptogram[16];
    uint8_t card_mac[8];
};

struct door_cfg {
    char server[128];
    char ca_file[128];
    char pin_file[128];
    char pin_sha256[65];   /* optional server key pin, hex */
};

extern struct door_cfg g_door_cfg;

/* keys.c */
void door_site_key(unsigned char out[16]);
int door_selftest(void);

/* access.c */
int door_card_authenticate(const struct card *c);

/* console.c */
void door_console(void);

/* acl.c */
int door_acl_listen(unsigned short port);
void door_acl_accept(int lfd);

/* uplink.c */
int door_uplink_event(const char *json);

/* main.c */
void door_open(int door, int seconds);

#endif
