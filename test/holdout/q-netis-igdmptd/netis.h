/* netis.h - shared declarations of the router's user-space daemons
 * (WF2414/WF2419 class firmware). */
#ifndef NETIS_H
#define NETIS_H

#include <stddef.h>
#include <stdint.h>

/* nvram.c */
const char *nvram_get(const char *name);
int nvram_set(const char *name, const char *value);
int nvram_commit(void);
void nvram_load(void);

/* sysutil.c */
int sys_run_command(const char *cmd, char *out, size_t cap);
long sys_read_file(const char *path, char *out, size_t cap);
int sys_write_file(const char *path, const char *data, size_t len);
void sys_reboot(void);

/* igdmptd.c: the production test service */
#define MPT_PORT 53413
void igdmptd_main(void);

/* httpd.c */
void httpd_main(uint16_t port);

/* wps.c */
unsigned int wps_generate_pin(void);
const char *wps_new_device_pin(void);
int wps_pin_valid(unsigned int pin);

/* cwmp.c */
void cwmp_main(void);
int ddns_update(const char *ip);

#endif
