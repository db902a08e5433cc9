/* rosd: management plane of a managed industrial Ethernet switch */
#ifndef ROS_H
#define ROS_H
#include <stddef.h>
#include <stdint.h>

#define ROS_MAX_VARS 24
#define ROS_AUTH_DENIED 0
#define ROS_AUTH_OK 1

typedef struct {
  char name[32];
  char value[256];
} WebsVar;

typedef struct Webs {
  int fd;
  char method[8];
  char path[128];
  char cookie[96];
  char user_agent[128];
  char body[2048];
  size_t body_len;
  WebsVar vars[ROS_MAX_VARS];
  int nvars;
  int session_user;   /* index into the user table, -1 when anonymous */
} Webs;

typedef int (*WebsAction)(Webs *wp);

/* webs.c: the vendored embedded web server */
int websOpen(int port);
int websServiceOnce(int lfd);
const char *websGetVar(Webs *wp, const char *name, const char *def);
void websDefineAction(const char *path, WebsAction fn, int is_public);
void websWrite(Webs *wp, const char *fmt, ...);
void websError(Webs *wp, int code, const char *msg);

/* webs_routes.c */
void ros_register_routes(void);

/* config.c */
typedef struct {
  char hostname[64];
  char syslog_host[64];
  int syslog_port;
  int web_port;
  int ssh_port;
  char snmp_user[32];
  int kdf_iterations;
} RosConfig;
extern RosConfig g_cfg;
int ros_config_load(const char *path);
const char *ros_config_get(const char *key);

/* auth.c */
int ros_check_login(const char *user, const char *password);
int ros_session_new(int user_index, char *cookie_out, size_t n);
int ros_session_find(const char *cookie);

/* factory.c */
int ros_board_mac(unsigned char mac[6]);
void ros_factory_password(const unsigned char mac[6], char *out, size_t n);

/* sshd.c */
int ros_sshd_start(int port);

/* backup.c */
int ros_backup_export(const char *conf, size_t n, unsigned char *out, size_t *outlen);
int ros_backup_export_legacy(const char *conf, size_t n, unsigned char *out, size_t *outlen);

/* fwverify.c */
int ros_fw_verify(const unsigned char *img, size_t n, const unsigned char *sig, size_t slen);

/* snmp.c */
int ros_snmp_localize(const char *pass, const unsigned char *engine_id, size_t elen,
                      unsigned char *key_out);
int ros_snmp_auth(const unsigned char *key, const unsigned char *msg, size_t n,
                  unsigned char out[12]);

/* tls_web.c, syslog_fwd.c */
void *ros_tls_web_ctx(const char *cert, const char *key);
int ros_syslog_connect(const char *host, int port);
int ros_syslog_send(const char *line);

/* log.c */
void ros_log(int level, const char *fmt, ...);
#endif
