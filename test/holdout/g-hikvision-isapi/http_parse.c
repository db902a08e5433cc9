/* Minimal HTTP/1.1 request reader of the camera's web service. */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include "isapi.h"

static void copy_field(char *dst, size_t cap, const char *src, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

int http_read_request(int fd, struct http_request *req)
{
    char buf[4096];
    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    memset(req, 0, sizeof *req);
    req->fd = fd;

    char *sp1 = strchr(buf, ' ');
    if (!sp1)
        return -1;
    copy_field(req->method, sizeof req->method, buf, (size_t)(sp1 - buf));
    char *uri = sp1 + 1;
    char *sp2 = strchr(uri, ' ');
    if (!sp2)
        return -1;
    *sp2 = '\0';
    char *q = strchr(uri, '?');
    if (q) {
        *q = '\0';
        copy_field(req->query, sizeof req->query, q + 1, strlen(q + 1));
    }
    copy_field(req->path, sizeof req->path, uri, strlen(uri));

    for (char *line = strstr(sp2 + 1, "\r\n"); line && line[2]; line = strstr(line + 2, "\r\n")) {
        char *h = line + 2;
        char *end = strstr(h, "\r\n");
        size_t len = end ? (size_t)(end - h) : strlen(h);
        if (strncasecmp(h, "Authorization: ", 15) == 0)
            copy_field(req->authorization, sizeof req->authorization, h + 15, len - 15);
        else if (strncasecmp(h, "User-Agent: ", 12) == 0)
            copy_field(req->user_agent, sizeof req->user_agent, h + 12, len - 12);
    }
    return 0;
}

void http_reply(int fd, int status, const char *body)
{
    char hdr[128];
    int n = snprintf(hdr, sizeof hdr, "HTTP/1.1 %d\r\nContent-Length: %zu\r\n\r\n", status, strlen(body));
    send(fd, hdr, (size_t)n, 0);
    send(fd, body, strlen(body), 0);
}
