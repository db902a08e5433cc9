/* ups-agent: network management card agent of a rack UPS (web UI, NMS traps, event store). */
#ifndef UPS_H
#define UPS_H

#include <stddef.h>
#include <stdint.h>

struct http_req {
    char method[8];
    char path[128];
    char query[256];
    char authorization[192];   /* "Basic ..." */
    char svc_b64[96];          /* X-Ups-Svc: field service login token, base64 */
    int role;
};

/* What survives a restart and goes into a crash report. */
struct ups_state {
    uint32_t magic;
    uint32_t boot_count;
    uint64_t last_event;
    unsigned char dek[32];       /* event store data key */
    unsigned char dek_wrapped[512];
    size_t dek_wrapped_len;
    char nms_host[64];
};

extern struct ups_state g_state;

/* auth.c */
int ups_b64_decode(const char *in, unsigned char *out, size_t cap);
int ups_verify_password(const char *user, const char *pass);

/* web.c */
void ups_http_serve(int fd);

/* keys.c */
int ups_keys_init(const char *customer_key_path);
int ups_keys_share_with_worker(void);

/* dump.c */
void ups_install_crash_handler(void);

/* tls.c */
int ups_nms_send_trap(const char *host, const char *msg, int legacy_nms);

#endif
