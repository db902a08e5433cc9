/* nas-cgid: the web administration daemon of a two-bay NAS (NAS326-class firmware 5.x). */
#ifndef NAS_H
#define NAS_H

#include <stddef.h>
#include <stdint.h>

struct http_req {
  char method[8];
  char path[256];
  char query[512];
  char cookie[256];
  char user_agent[128];
  char body[2048];
  size_t body_len;
  char peer_ip[64];
};

enum { NAS_LOG_ERR = 3, NAS_LOG_WARN = 4, NAS_LOG_INFO = 6, NAS_LOG_DEBUG = 7 };
void nas_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void nas_log_open(const char *ident, int verbose);

/* httpd.c */
int http_read_request(int fd, struct http_req *req);
void http_reply(int fd, int status, const char *ctype, const char *body);
void http_reply_cookie(int fd, const char *cookie, const char *body);

/* routes.c */
int cgi_dispatch(int fd, struct http_req *req);

/* session.c */
int session_init(void);
int session_ok(const struct http_req *req);
int session_issue(const char *user, char *cookie_out, size_t n);
int legacy_cookie_ok(const char *cookie);

/* login.c */
enum { LOGIN_OK = 1, LOGIN_DENIED = 0, LOGIN_CHANGE_REQUIRED = -2 };
int nas_login(const char *user, const char *password);
int nas_set_password(const char *user, const char *password);

/* remote_help.c */
int remote_help_cgi(int fd, struct http_req *req);
int rescue_enabled(void);

/* backup.c */
int config_backup_export(const char *out_path, const char *passphrase);

/* cloud.c */
int cloud_register(const char *device_id);
int firmware_check(char *latest, size_t n);
int firmware_verify(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen);

#endif
