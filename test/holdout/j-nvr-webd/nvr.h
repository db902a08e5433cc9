/* nvrwebd: embedded web front end of a network video recorder */
#ifndef NVR_H
#define NVR_H

#include <stddef.h>
#include <netinet/in.h>

#define NVR_HTTP_PORT 8081

struct http_request {
    char method[8];
    char path[256];
    char query[256];
    char user_agent[128];
    char content_type[64];
    char authorization[256];
    char body[2048];
    size_t body_len;
};

/* http.c */
int http_read_request(int fd, struct http_request *req);
void http_reply(int fd, int status, const char *type, const char *body);

/* sysops.c */
void nvr_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int check_password(const char *user, const char *pass);
void run_diag(const char *args, int fd);
int camera_snapshot(int channel, char *out, size_t cap);

#endif
