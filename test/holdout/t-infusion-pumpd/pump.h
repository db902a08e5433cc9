/* pumpd: the communication module of a large-volume infusion pump (drug
 * library import, the hospital pump server link, the service port). */
#ifndef PUMP_H
#define PUMP_H

#include <stddef.h>
#include <stdint.h>

#define PUMP_KEY_LEN 32
#define PUMP_FRAME_MAX 512

/* The state the crash handler saves for the service engineers. */
struct pump_state {
    uint32_t magic;
    uint32_t firmware;
    uint32_t infusions;
    int32_t last_alarm;
    uint8_t server_session_key[PUMP_KEY_LEN];
    char server_host[64];
};
extern struct pump_state g_pump_state;

/* Drug library container formats. */
enum lib_format { LIB_FMT_V1 = 0, LIB_FMT_V2 = 1, LIB_FMT_COUNT };
struct lib_profile {
    const char *name;
    int cipher;          /* mbedtls_cipher_type_t */
    unsigned key_bits;
    unsigned iv_len;
};
extern const struct lib_profile kLibProfiles[LIB_FMT_COUNT];

/* util.c */
void *pump_xzalloc(size_t n);
int pump_str_equal(const char *a, const char *b);
void pump_log(const char *fmt, ...);

/* link.c */
int link_read_frame(int fd, uint8_t *buf, size_t cap);
int link_send(int fd, const void *p, size_t n);

/* service.c */
int svc_handle_frame(int fd, const uint8_t *frame, size_t n);

/* console.c */
extern int g_pump_service_mode;
int console_exec(const char *line);

/* libcrypt.c */
int lib_decrypt(const struct lib_profile *p, const uint8_t *key, const uint8_t *iv,
                const uint8_t *in, size_t n, uint8_t *out);

/* druglib.c */
int druglib_import(const char *path);

/* netlink.c */
int netlink_connect(const char *host, const char *port);
int netlink_send_status(void);

/* crash.c */
void crash_install(void);

/* commission.c */
int commission_first_boot(const char *serial);

/* therapy.c */
int therapy_start(double rate_ml_h, double volume_ml);
void therapy_occlusion(void);

#endif
