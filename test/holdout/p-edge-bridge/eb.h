/*
 * eb.h - edgebridge: forwards field-bus telemetry of a site to the cloud
 * broker (MQTT over TLS) and to sibling bridges over sealed UDP "site link"
 * frames.  Shared types, the event loop, the log facade and the codecs.
 */
#ifndef EB_H
#define EB_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* ---- logging: the embedding application installs the handler ---- */

enum eb_log_level { EB_LOG_ERROR, EB_LOG_WARN, EB_LOG_INFO, EB_LOG_DEBUG };

typedef void (*eb_log_handler)(enum eb_log_level level, const char *fmt, ...);
extern eb_log_handler eb_log_fn;
void eb_set_log_handler(eb_log_handler fn);

#define EB_LOG(level, ...) do { if (eb_log_fn) eb_log_fn((level), __VA_ARGS__); } while (0)
#define EB_ERR(...)   EB_LOG(EB_LOG_ERROR, __VA_ARGS__)
#define EB_INFO(...)  EB_LOG(EB_LOG_INFO, __VA_ARGS__)
#define EB_DEBUG(...) EB_LOG(EB_LOG_DEBUG, __VA_ARGS__)

/* ---- event loop ---- */

typedef void (*eb_fd_cb)(int fd, void *arg);
typedef void (*eb_timer_cb)(void *arg);

int eb_loop_add_fd(int fd, eb_fd_cb cb, void *arg);
void eb_loop_del_fd(int fd);
int eb_loop_add_timer(unsigned interval_ms, eb_timer_cb cb, void *arg);
void eb_loop_run(void);
void eb_loop_stop(void);

/* ---- configuration ---- */

struct eb_link_keys {
	struct eb_dir_keys {
		uint8_t key[16];
		uint8_t salt[4];
		uint64_t counter;
	} tx, rx;
	uint8_t key_id[8];
};

struct eb_config {
	struct {
		char host[128];
		int port;
		char client_id[64];
		char ca_file[256];
		char psk_identity[64];
		uint8_t psk[32];
		size_t psk_len;
	} broker;
	struct {
		int port;
		char codec[16];
		char site_secret_file[256];
		char peers[8][64];
		int npeers;
	} link;
	struct {
		char socket_path[108];
		char admin_hash_file[256];
	} mgmt;
	int verbose;
};

extern struct eb_config eb_cfg;

void eb_config_defaults(struct eb_config *c);
int eb_config_load_json(struct eb_config *c, const char *path);
void eb_config_from_env(struct eb_config *c);
int eb_config_from_argv(struct eb_config *c, int argc, char **argv);

/* ---- codecs (codec.c) ---- */

struct eb_codec {
	const char *name;
	int (*seal)(const uint8_t *key, size_t keylen, const uint8_t *nonce, size_t nlen,
	            const uint8_t *in, size_t inlen, uint8_t *out, size_t cap, size_t *olen);
	int (*open)(const uint8_t *key, size_t keylen, const uint8_t *nonce, size_t nlen,
	            const uint8_t *in, size_t inlen, uint8_t *out, size_t cap, size_t *olen);
};

const struct eb_codec *eb_codec_find(const char *name);

/* ---- site link (session.c) ---- */

struct eb_session {
	char peer[64];
	struct eb_link_keys keys;
	const struct eb_codec *codec;
	time_t established;
};

int eb_session_establish(struct eb_session *s, const char *peer, const uint8_t *site_secret, size_t slen);
int eb_session_seal(struct eb_session *s, const uint8_t *in, size_t inlen, uint8_t *out, size_t cap, size_t *olen);
int eb_link_padding(uint8_t *out, size_t n);

/* ---- cloud broker (tls.c) ---- */

int eb_broker_connect(const struct eb_config *c);
int eb_broker_publish(const char *topic, const uint8_t *payload, size_t len);
int eb_sitelink_tls_server_init(void);

/* ---- management socket (mgmt.c) ---- */

int eb_mgmt_start(const struct eb_config *c);

/* ---- helpers ---- */

void eb_hex(const uint8_t *in, size_t n, char *out);

#endif
