/* Netgear-style telnetenabled: unlock packet for the LAN telnet console. */
#ifndef TELNETENABLE_H
#define TELNETENABLE_H
#include <stddef.h>

struct probe {
    char signature[16];
    char mac[16];        /* upper-case hex, no separators */
    char username[16];
    char password[65];
    char reserved[15];
};

/* nvram.c */
const char *nvram_get(const char *name);

/* service.c */
void start_telnetd(void);
int rc_apply(const char *path);
#endif
