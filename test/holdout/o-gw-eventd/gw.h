/* gw-eventd: event and command daemon of the field gateway (Modbus/OPC side in gw-iod). */
#ifndef GW_H
#define GW_H

#include <stddef.h>
#include <stdint.h>

#define GW_H_AUTH 0x1u

struct gw_conn {
    int fd;
    int authenticated;
    char peer[64];
};

typedef int (*gw_handler_fn)(struct gw_conn *c, const char *arg);

struct gw_handler {
    const char *name;
    gw_handler_fn fn;
    unsigned flags;
};

struct gw_config {
    char cloud_url[256];
    char proxy_url[256];
    char ca_file[256];
    char admin_salt_hex[64];
    char admin_hash_hex[128];
    char hook_dir[128];
    int poll_interval;
    int foreground;
    unsigned short port;
};

extern struct gw_config g_cfg;

/* dispatch.c */
int gw_register_handler(const char *name, gw_handler_fn fn, unsigned flags);
const struct gw_handler *gw_find_handler(const char *name);
void gw_serve(int fd);
int gw_reply(struct gw_conn *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* handlers.c */
void gw_handlers_init(void);
int gw_handle_command(struct gw_conn *c, const char *verb, const char *arg);
int gw_check_admin(const char *password);

/* maint.c */
int gw_maint_exec(struct gw_conn *c, const char *cmdline);
void gw_rotate_logs(const char *dir);

/* cloud.c */
int gw_cloud_checkin(void);
int gw_cloud_rekey(void);
unsigned gw_cloud_backoff(unsigned attempt);

/* util */
int gw_unhex(const char *hex, unsigned char *out, size_t cap);

#endif
