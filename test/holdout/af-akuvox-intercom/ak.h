/* doorphoned: SIP door intercom daemon (E-series indoor/outdoor units).
 * Shared declarations of the daemon's units. */
#ifndef AK_H
#define AK_H

#include <stddef.h>
#include <stdint.h>
#include <openssl/evp.h>

#define AK_VERSION "116.30.10.114"

enum { AK_LOG_ERR = 3, AK_LOG_WARN = 4, AK_LOG_INFO = 6, AK_LOG_DEBUG = 7 };

/* log.c */
void ak_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ak_hex(const unsigned char *in, size_t n, char *out);
void ak_keylog_line(const char *line);
void ak_log_set_level(int level);

/* config.c: compiled-in defaults, overridden by /etc/doorphone/doorphone.conf */
int cfg_load(const char *path);
const char *cfg_get(const char *name);
int cfg_get_int(const char *name, int fallback);

/* keys.c */
extern const unsigned char kCfgExportKey[16];
extern const char kVendorPubPem[];
EVP_PKEY *ak_load_vendor_pub(void);

/* httpd.c: the web interface */
struct ak_req {
  char method[8];
  char path[128];
  char query[256];
  char cookie[96];
  char user_agent[128];
  char body[1024];
  size_t body_len;
};
struct ak_resp {
  int status;
  char body[4096];
  size_t body_len;
};
typedef int (*ak_handler_fn)(const struct ak_req *req, struct ak_resp *resp);
struct ak_route {
  const char *path;
  ak_handler_fn handler;
  int is_public; /* served without a session (login page, static files) */
};
int httpd_add_route(const char *path, ak_handler_fn fn, int is_public);
int httpd_serve(int port);

/* api.c */
void api_register_all(void);
int ak_session_check(const char *cookie);
int ak_session_create(const char *user, char *cookie, size_t cap);

/* cfgcrypt.c */
int cfgcrypt_export(const unsigned char *in, size_t n, unsigned char *out, size_t *outlen);
int cfgcrypt_import(const unsigned char *in, size_t n, unsigned char *out, size_t *outlen);
int cfgcrypt_seal_backup(const unsigned char *key, const unsigned char *in, size_t n,
                         unsigned char *out, size_t *outlen);

/* sshd_auth.c: password callback of the embedded SSH server */
int svr_auth_password(const char *user, const char *password);

/* sip_tls.c */
int sip_tls_connect(const char *host, int port);

/* discovery.c */
int discovery_run(int port);

/* services.c */
int svc_enable_remote_debug(int port);
int svc_restart(const char *name);

/* cloud.c */
int cloud_register(const char *mac);

#endif
