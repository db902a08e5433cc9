/* webd and friends: the web management, TR-069 and WPS daemons of an
 * ISP-branded DSL gateway built on the ODM's SDK. */
#ifndef ARC_H
#define ARC_H

#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>

enum { ARC_OK = 0, ARC_ERR = -1, ARC_DENIED = -2 };

/* nvram.c: runtime settings (/var/nvram.conf) over the factory defaults */
const char *nvram_get(const char *name);
int nvram_get_int(const char *name, int fallback);
int nvram_set(const char *name, const char *value);
int nvram_commit(void);
int nvram_export(unsigned char *out, size_t cap, size_t *out_len);

/* global switches read once at start (from nvram) */
struct arc_cfg {
  int remote_mgmt;
  int debug_noauth; /* engineering images: web UI without login */
  int tr069_enable;
};
extern struct arc_cfg g_arc_cfg;
void arc_cfg_load(void);

/* httpd.c */
struct http_req {
  char method[8];
  char path[256];
  char query[512];
  char cookie[128];
  char authorization[256];
  char x_arc_mfg[64]; /* X-Arc-Mfg: set by the production line's tester */
  unsigned char *body;
  size_t body_len;
  struct sockaddr_in peer;
};
int httpd_run(int port);
void http_reply(int fd, int status, const char *type, const void *body, size_t n);

/* router.c */
void router_dispatch(struct http_req *req, int fd);

/* bypass.c */
int path_in_bypass_list(const char *path);

/* mfg.c */
int mfg_exec(const struct http_req *req, int fd);

/* login.c */
enum { LOGIN_FAIL = 0, LOGIN_OK_USER = 1, LOGIN_OK_SUPER = 2 };
int web_login(const char *user, const char *password);
int check_session(const char *cookie);
int session_new(int level, char *cookie, size_t cap);
void handle_login(struct http_req *req, int fd);

/* factory.c */
extern const char kArcSuperUser[];
extern const char kArcSuperPassword[];
void default_wpa_key(const uint8_t mac[6], char out[10]);

/* wps.c */
int wps_pin(char out[9]);

/* tr069.c */
int tr069_inform(const char *acs_url);
int tr069_connection_request_listener(int port);
int tr069_apply_download(const unsigned char *file, size_t n, const unsigned char *sig, size_t sig_len);

/* fwupgrade.c */
int fw_upgrade(const unsigned char *image, size_t n);

/* sysd.c */
int sysd_apply(const char *conf_path);

#endif
