/* logixd - CIP/EtherNet/IP session layer of the soft controller runtime.
 * Shared declarations. */
#ifndef LOGIX_H
#define LOGIX_H

#include <stddef.h>
#include <stdint.h>
#include <syslog.h>
#include <time.h>
#include <netinet/in.h>

#define ENIP_PORT               44818
#define ENIP_HDR_LEN            24
#define ENIP_MAX_DATA           504

#define ENIP_CMD_NOP            0x0000
#define ENIP_CMD_LIST_SERVICES  0x0004
#define ENIP_CMD_LIST_IDENTITY  0x0063
#define ENIP_CMD_REGISTER       0x0065
#define ENIP_CMD_UNREGISTER     0x0066
#define ENIP_CMD_SEND_RR_DATA   0x006F
#define ENIP_CMD_SEND_UNIT_DATA 0x0070

/* vendor-specific CIP object used for workstation authentication */
#define CIP_CLASS_AUTH          0x3E0
#define CIP_SVC_GET_CHALLENGE   0x4B
#define CIP_SVC_PUT_RESPONSE    0x4C

#define CIP_NONCE_LEN           20
#define CIP_MAC_LEN             32
#define CIP_LEGACY_MAC_LEN      16

struct enip_frame {
	uint16_t command;
	uint16_t length;
	uint32_t session;
	uint32_t status;
	uint8_t sender_ctx[8];
	uint32_t options;
	uint8_t data[ENIP_MAX_DATA];
};

struct site_key {
	uint8_t key[64];
	size_t key_len;
	int loaded;
};

struct cip_session {
	uint32_t handle;
	int fd;
	struct sockaddr_in peer;
	uint16_t fw_major;              /* workstation protocol revision */
	uint8_t nonce[CIP_NONCE_LEN];
	int challenged;
	int authenticated;
	uint8_t session_key[32];
	time_t last_activity;
};

struct logixd_config {
	char site_key_path[256];
	int use_site_key;
	int min_fw_major;
	int verbose;
};

/* keys.c */
extern const unsigned char logix_shared_key[32];
extern const char logix_fw_pubkey_pem[];

/* log.c */
void cip_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cip_log_open(int verbose);
#define CIP_DBG(...)  cip_log(LOG_DEBUG, __VA_ARGS__)
#define CIP_INF(...)  cip_log(LOG_INFO, __VA_ARGS__)
#define CIP_ERR(...)  cip_log(LOG_ERR, __VA_ARGS__)

/* enip.c */
int enip_read_frame(int fd, struct enip_frame *f);
int enip_write_frame(int fd, const struct enip_frame *f);
int enip_serve(int fd, const struct sockaddr_in *peer, const struct logixd_config *cfg);

/* cip_auth.c */
int cip_auth_load_site_key(const char *path, struct site_key *out);
int cip_auth_issue_challenge(struct cip_session *s, uint8_t *out, size_t cap);
int cip_auth_check_response(struct cip_session *s, const uint8_t *resp, size_t n,
                            const struct site_key *site);

/* kdf.c */
int cip_derive_session_key_v1(const uint8_t *secret, size_t n, uint8_t out[32]);
int cip_derive_session_key_v2(const uint8_t *secret, size_t n, const uint8_t *nonce,
                              uint8_t out[32]);

/* session.c */
struct cip_session *session_open(int fd, const struct sockaddr_in *peer);
void session_close(struct cip_session *s);
int session_expired(const struct cip_session *s, time_t now);
int session_handle_auth(struct cip_session *s, const uint8_t *req, size_t n, uint8_t *rsp,
                        size_t cap, const struct logixd_config *cfg);

/* fwverify.c */
int fw_verify_image(const uint8_t *img, size_t img_len, const uint8_t *sig, size_t sig_len);
int fw_verify_catalog(const uint8_t *cat, size_t n, const uint8_t *sig, size_t sig_len);

#endif
