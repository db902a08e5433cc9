/*
 * rtkcast: an NTRIP caster (RTCM correction streams for RTK GNSS rovers), with TLS,
 * a relay to an upstream caster, an encrypted sourcetable cache and a status page.
 */
#ifndef CASTER_H
#define CASTER_H

#include <stddef.h>
#include <stdint.h>

#include <gnutls/gnutls.h>

struct caster_config {
  char users_path[256];
  char cert_path[256], key_path[256], ca_path[256];
  char cache_key_path[256];
  char keylog_path[256];
  char upstream_host[128];
  int debug_skip_auth; /* "debug skip auth = yes": bench tests without accounts */
  int debug_trace;     /* "debug trace = yes": log every request line */
  int port;
};

struct ntrip_req {
  char method[8];
  char mount[64];
  char user_agent[128];
  char user[64];
  char pass[64];
  int version;
};

struct web_session {
  char user[64];
  char session_id[33];
  long expires;
};

/* log.c */
void cast_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* auth.c */
int auth_load(const struct caster_config *cfg);
int auth_verify_password(const char *user, const char *password);
int auth_open_web_session(const char *user, struct web_session *s);

/* console.c */
void spawn_console(int fd);

/* ntrip.c */
int ntrip_parse(const char *buf, struct ntrip_req *r);
void ntrip_handle(int fd, const struct caster_config *cfg);

/* tls.c */
int tls_global_init(const struct caster_config *cfg);
gnutls_session_t tls_accept(int fd);
gnutls_session_t tls_connect_upstream(int fd, const char *host);

/* relay.c */
int relay_authorize_source(gnutls_session_t s, const char *user, const char *pass);

/* store.c */
int store_open(const struct caster_config *cfg);
int store_save_sourcetable(const char *table, size_t n);
int store_index_name(const char *mount, uint8_t out[16]);
int store_mirror(const char *path, const uint8_t *data, size_t n);

/* escrow.c */
int escrow_db_key(uint8_t db_key[32], uint8_t *out, size_t *out_len);
int make_legacy_station_key(void);

#endif
