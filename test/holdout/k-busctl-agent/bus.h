/* hostagent: a host-management agent with a small D-Bus-like protocol on a
 * UNIX socket (method calls by name, authenticated frames). */
#ifndef BUS_H
#define BUS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define BUS_SOCKET "/run/hostagent/bus.sock"
#define BUS_KEY_FILE "/run/hostagent/bus.key"
#define BUS_STATE_DIR "/var/lib/hostagent"
#define BUS_MAGIC "HAB1"
#define BUS_TAG_LEN 16
#define BUS_MAX_BODY 4096

struct bus_hdr {
    char magic[4];
    uint32_t serial;
    uint16_t kind;
    uint16_t member_len;
    uint32_t body_len;
    unsigned char tag[BUS_TAG_LEN];
} __attribute__((packed));

struct bus_msg {
    uint32_t serial;
    char member[64];
    char body[BUS_MAX_BODY + 1];
    size_t body_len;
};

struct bus_conn {
    int fd;
    uid_t peer_uid;
    pid_t peer_pid;
    unsigned char mac_key[32];
};

/* wire.c */
int bus_read_msg(struct bus_conn *c, struct bus_msg *m);
int bus_reply(struct bus_conn *c, const struct bus_msg *m, const char *status, const char *text);
void bus_serve_conn(struct bus_conn *c);

/* dispatch.c */
int bus_dispatch(struct bus_conn *c, const struct bus_msg *m);

/* actions.c */
int agent_restart_unit(const char *unit);
int agent_set_hostname(const char *name);
int agent_eval_script(const char *script, size_t len);
int agent_verify_authorization(uid_t uid, const char *action);
void agent_rotate_logs(void);
void agent_purge_state(void);
int agent_status(char *buf, size_t len);

/* ctl.c */
int agent_ctl_main(int argc, char **argv);

#endif
