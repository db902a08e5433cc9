/* pbxwebd: web administration and SIP-TLS front end of a COMpact-class
 * telephone system (reconstruction; see u-INDEX.md). */
#ifndef PBX_H
#define PBX_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define PBX_SERIAL_LEN 16
#define PBX_MAX_SESSIONS 16

#define PBX_ROLE_NONE 0
#define PBX_ROLE_USER 1
#define PBX_ROLE_ADMIN 2
#define PBX_ROLE_SERVICE 3

#define PBX_AUTH_OK 1
#define PBX_AUTH_FAIL 0
#define PBX_AUTH_DEFAULT_PW (-2)

struct pbx_cfg {
  char serial[PBX_SERIAL_LEN + 1];
  char firmware[32];
  char admin_user[32];
  int admin_set;
  unsigned char admin_salt[16];
  unsigned char admin_hash[32];
  unsigned admin_iterations;
  int legacy_phones; /* SIP-TLS for first-generation desk phones */
  char prov_url[256];
  char prov_user[64];
  char prov_password[64];
  char backup_dir[128];
  char sip_cert[128];
  char sip_key[128];
};

extern struct pbx_cfg g_pbx_cfg;

struct http_req {
  char method[8];
  char path[256];
  char query[256];
  char user[64];
  char password[64];
  char cookie[80];
  char user_agent[128];
  char body[2048];
  size_t body_len;
  char peer[48];
};

struct pbx_session {
  char session_id[33];
  char user[64];
  int role;
  time_t expires;
};

/* httpd.c */
int http_read_request(int fd, struct http_req *r);
void http_reply(int fd, int code, const char *type, const char *body);
void http_serve(int fd, struct http_req *r);

/* auth.c */
int pbx_authenticate(const char *user, const char *password, int *role);

/* service.c */
void pbx_service_password(const char *serial, const struct tm *day, char out[8]);

/* session.c */
struct pbx_session *session_create(const char *user, int role);
struct pbx_session *session_find(const char *cookie);
void session_drop(struct pbx_session *s);

/* keys.c */
extern const unsigned char kCfgBackupKey[32];

/* backup.c */
int backup_export(const char *path);
int backup_import(const char *path);

/* sip_tls.c */
struct ssl_ctx_st;
struct ssl_ctx_st *sip_tls_context(void);

/* provision.c */
int provision_fetch(const char *dest);
int provision_verify(const char *xml_path, const char *sig_path);

/* main.c */
void pbx_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
