/* rtu-dnp3: DNP3 outstation of a substation RTU (TCP 20000 over TLS,
 * Secure Authentication v5), event log, historian upload, local console. */
#ifndef RTU_H
#define RTU_H

#include <stddef.h>
#include <stdint.h>
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>

#define RTU_KEYSTORE   "/var/lib/rtu/keys.db"
#define RTU_EVENTLOG   "/var/lib/rtu/events.bin"
#define APP_MAX        2048

/* application function codes (IEEE 1815) */
#define FC_CONFIRM          0x00
#define FC_READ             0x01
#define FC_WRITE            0x02
#define FC_SELECT           0x03
#define FC_OPERATE          0x04
#define FC_DIRECT_OPERATE   0x05
#define FC_COLD_RESTART     0x0D
#define FC_AUTH_REQUEST     0x20
#define FC_AUTH_REPLY       0x21
#define FC_VENDOR_FACTORY   0xE7

struct app_msg {
	uint8_t control;
	uint8_t fc;
	uint16_t len;
	uint8_t data[APP_MAX];
};

struct rtu_session {
	int fd;
	WOLFSSL *ssl;
	uint16_t master_addr;
	int sav_authenticated;
	int sav2_master;                 /* master speaks SA version 2 only */
	uint8_t challenge[32];
	uint8_t control_key[32];
	uint8_t monitor_key[32];
	uint32_t csq;
};

typedef int (*fc_handler)(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp);

struct fc_entry {
	uint8_t code;
	const char *name;
	fc_handler fn;
	unsigned flags;
};
#define FC_F_CRITICAL 0x1     /* needs a Secure Authentication challenge */

/* fc_table_gen.c (generated) */
extern const struct fc_entry rtu_fc_table[];
extern const size_t rtu_fc_table_len;

/* handlers.c */
int h_confirm(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp);
int h_read(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp);
int h_write(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp);
int h_select(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp);
int h_operate(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp);
int h_cold_restart(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp);
int h_auth_request(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp);
int h_auth_reply(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp);

/* link.c */
int link_serve(struct rtu_session *s);

/* sav5.c */
int sav_load_update_key(const char *path);
int sav_challenge(struct rtu_session *s, uint8_t *out, size_t cap);
int sav_check_reply(struct rtu_session *s, const uint8_t *mac, size_t n);
int sav_wrap_session_keys(struct rtu_session *s, uint8_t *out, size_t cap);

/* tls.c */
WOLFSSL_CTX *tls_outstation_ctx(const char *cert, const char *key, const char *ca);
int historian_upload(const char *host, const uint8_t *body, size_t n);

/* events.c */
int events_init(void);
int events_append(uint16_t point, uint32_t value, uint64_t ts_ms);

/* board.c */
extern const unsigned char rtu_event_iv[12];
int board_service_shell(int fd);
int board_console_login(const char *user, const char *password);
void rtu_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
