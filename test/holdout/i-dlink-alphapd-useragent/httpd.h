/* alphapd (thttpd-derived web server of D-Link DIR-100/DI-524/DIR-615 firmware). */
#ifndef ALPHAPD_HTTPD_H
#define ALPHAPD_HTTPD_H

#define AUTH_OK 1
#define AUTH_FAIL -1

struct http_request_t {
  int fd;
  char method[8];
  char url[256];
  char user_agent[128];
  char cookie[128];
  char auth_user[64];
  char auth_pass[64];
  int authenticated;
};

int http_read_request(int fd, struct http_request_t *request);
int alpha_auth_check(struct http_request_t *request);
int check_login(const char *user, const char *pass);
const char *nvram_safe_get(const char *name);
void send_page(struct http_request_t *request, int status, const char *path);

#endif
