/* rsyslay - a syslog relay: RFC 5425 (syslog over TLS) in, RFC 5425 out to
 * the central collector, RFC 5848 signature blocks, encrypted archives of
 * rotated spool files. */
#ifndef RSYSLAY_RELAY_H
#define RSYSLAY_RELAY_H

#include <stddef.h>
#include <stdint.h>
#include <syslog.h>
#include <gcrypt.h>
#include <gnutls/gnutls.h>

struct relay_config {
	char listen_addr[64];
	int listen_port;
	char cert_file[256];
	char key_file[256];
	char ca_file[256];
	char upstream_host[256];
	int upstream_port;
	char spool_dir[256];
	char archive_pass_file[256];
	char sign_key_file[256];
	char allowed_fps[8][65];     /* sender certificate fingerprints (SHA-256 hex) */
	int n_allowed_fps;
	int legacy_senders;          /* accept TLS 1.0/1.1 senders (old appliances) */
	int debug_fd;
};

/* log.c */
void relay_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* debugio.c */
void debugio_open(int fd);
int debugio_keylog(gnutls_session_t session, const char *label, const gnutls_datum_t *secret);
void debugio_hexdump(const char *what, const void *p, size_t n);

/* listener.c */
int listener_run(const struct relay_config *cfg);

/* forward.c */
int forward_open(const struct relay_config *cfg);
int forward_send(const char *msg, size_t n);

/* sign.c */
int sign_init(const struct relay_config *cfg);
int sign_block(const unsigned char *hashes, size_t n, char *out, size_t cap);
int sign_selftest(void);

/* archive.c */
int archive_spool_file(const struct relay_config *cfg, const char *path);
int archive_check(const struct relay_config *cfg, const char *path);

#endif
