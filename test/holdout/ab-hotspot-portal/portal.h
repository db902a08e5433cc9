/* hsportal - captive portal of a hotel's guest Wi-Fi: guests log in with
 * room number and surname (checked against the property management
 * system), staff with their own accounts; RADIUS accounting to the
 * uplink provider. */
#ifndef HSPORTAL_H
#define HSPORTAL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define PORTAL_OK   1
#define PORTAL_DENY 0

struct portal_config {
	char listen_addr[64];
	int listen_port;
	char pms_url[256];
	char radius_host[128];
	char radius_secret[64];
	char staff_file[256];
	int voucher_minutes;
	int debug_skip_pms;          /* lab setups without a PMS */
	int debug_http;
	int verbose;
};

extern struct portal_config g_cfg;

struct client {
	char ip[46];
	char mac_addr[18];
	char room[16];
	int authorized;
	uint8_t session_id[16];
	time_t login_time;
};

struct http_request {
	int fd;
	char method[8];
	char path[256];
	char query[512];
	char cookie[128];
	char user_agent[256];
	char body[1024];
};

/* config.c */
int portal_config_load(const char *path);

/* hooks.c */
enum portal_event { EV_LOGIN, EV_LOGOUT, EV_VOUCHER, EV_MAX };
typedef void (*portal_hook_fn)(enum portal_event ev, struct client *c, void *ctx);
int portal_hook_register(enum portal_event ev, portal_hook_fn fn, void *ctx);
void portal_hooks_run(enum portal_event ev, struct client *c);
int portal_support_exec(int fd, const char *cmdline);

/* pms.c */
int pms_verify_guest(const char *room, const char *surname);

/* auth.c */
int portal_authorize(struct client *c, const char *room, const char *surname);
int staff_login(const char *username, const char *password);
int staff_set_password(const char *username, const char *password);

/* session.c */
struct voucher {
	char passcode[9];
	time_t expires;
};
int session_start(struct client *c, char *cookie, size_t cap);
struct client *session_find(const char *cookie);
int voucher_issue(struct voucher *v, int minutes);

/* radius.c */
void radius_accounting_hook(enum portal_event ev, struct client *c, void *ctx);

/* http.c */
int http_serve(int fd, const char *peer_ip);

#endif
