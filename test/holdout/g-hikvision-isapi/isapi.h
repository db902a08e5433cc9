/* IP camera web service (ISAPI): request record and handlers. */
#ifndef ISAPI_H
#define ISAPI_H
#include <stddef.h>

#define ISAPI_AUTH_OK   1
#define ISAPI_AUTH_FAIL 0

struct http_request {
    int fd;
    char method[8];
    char path[256];
    char query[512];
    char authorization[256];
    char user_agent[128];
    int must_activate;
};

/* http_parse.c */
int http_read_request(int fd, struct http_request *req);
void http_reply(int fd, int status, const char *body);

/* isapi_auth.c */
int isapi_authenticate(struct http_request *req);

/* isapi_route.c */
void isapi_route(struct http_request *req);
#endif
