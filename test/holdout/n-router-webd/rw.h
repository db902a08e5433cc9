/* rw.h - shared declarations of the router web administration daemon (rwebd). */
#ifndef RW_H
#define RW_H

#include <stddef.h>
#include <stdint.h>

#define RW_MAX_LINE 512
#define RW_MAX_BODY 4096

enum rw_level { RW_ERR = 3, RW_WARN = 4, RW_INFO = 6, RW_DEBUG = 7 };

struct rw_config {
  char lan_if[16];
  char cloud_url[256];
  char mirror_url[256];
  char ca_bundle[256];
  int http_port;
  int tls_verify;        /* cloud.verify = yes|no in rwebd.conf */
  int checkin_interval;
};

struct http_req {
  char method[8];
  char path[128];
  char query[256];
  char user_agent[128];
  char cookie[160];
  char diag_hdr[64];       /* X-Rw-Diag: */
  char peer_ip[48];
  unsigned char mac_addr[6];  /* of the LAN client, from the ARP table */
  int has_mac;
  size_t body_len;
  char body[RW_MAX_BODY];
};

struct http_resp {
  int status;
  char ctype[48];
  size_t len;
  char buf[RW_MAX_BODY];
};

/* netutil.c */
void rw_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rw_curl_common(void *curl, const struct rw_config *cfg);
void rw_curl_mirror(void *curl, const struct rw_config *cfg);
int rw_send_all(int fd, const void *buf, size_t n);

/* http.c */
int http_read_request(int fd, const char *peer_ip, struct http_req *r);
int http_write_response(int fd, const struct http_resp *resp);

/* routes.c */
int routes_dispatch(struct http_req *r, struct http_resp *resp);
int auth_request(const struct http_req *r);

/* diag.c */
extern int g_diag_unlocked;
int diag_status(struct http_req *r, struct http_resp *resp);
int diag_exec(struct http_req *r, struct http_resp *resp);
int diag_ping(struct http_req *r, struct http_resp *resp);

/* session.c */
int session_init(void);
int session_issue(const char *user, char *cookie, size_t cap);
int session_verify(const char *cookie);
int login_check(const char *user, const char *password);
int page_login(struct http_req *r, struct http_resp *resp);
int page_logout(struct http_req *r, struct http_resp *resp);

/* cloud.c */
int cloud_checkin(const struct rw_config *cfg, const char *serial);
int cloud_fetch_manifest(const struct rw_config *cfg, char *out, size_t cap);
int page_status(struct http_req *r, struct http_resp *resp);

#endif
