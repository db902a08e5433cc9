#include "nvr.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

static void copy_field(char *dst, size_t cap, const char *src)
{
    size_t n = strcspn(src, "\r\n");
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static const char *skip_ws(const char *p)
{
    while (*p == ' ' || *p == '\t')
        p++;
    return p;
}

int http_read_request(int fd, struct http_request *req)
{
    char buf[4096];
    size_t used = 0;
    char *end = NULL;

    memset(req, 0, sizeof *req);
    while (used < sizeof buf - 1) {
        ssize_t n = recv(fd, buf + used, sizeof buf - 1 - used, 0);
        if (n <= 0)
            return -1;
        used += (size_t)n;
        buf[used] = '\0';
        if ((end = strstr(buf, "\r\n\r\n")) != NULL)
            break;
    }
    if (end == NULL)
        return -1;

    char target[512];
    if (sscanf(buf, "%7s %511s", req->method, target) != 2)
        return -1;
    char *q = strchr(target, '?');
    if (q != NULL) {
        *q++ = '\0';
        copy_field(req->query, sizeof req->query, q);
    }
    copy_field(req->path, sizeof req->path, target);

    for (char *line = strstr(buf, "\r\n") + 2; line < end; line = strstr(line, "\r\n") + 2) {
        if (strncasecmp(line, "User-Agent:", 11) == 0)
            copy_field(req->user_agent, sizeof req->user_agent, skip_ws(line + 11));
        else if (strncasecmp(line, "Content-Type:", 13) == 0)
            copy_field(req->content_type, sizeof req->content_type, skip_ws(line + 13));
        else if (strncasecmp(line, "Authorization:", 14) == 0)
            copy_field(req->authorization, sizeof req->authorization, skip_ws(line + 14));
    }

    size_t body = used - (size_t)(end + 4 - buf);
    if (body >= sizeof req->body)
        body = sizeof req->body - 1;
    memcpy(req->body, end + 4, body);
    req->body_len = body;
    return 0;
}

void http_reply(int fd, int status, const char *type, const char *body)
{
    char head[256];
    int n = snprintf(head, sizeof head,
                     "HTTP/1.0 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
                     status, status == 200 ? "OK" : "Error", type, strlen(body));
    send(fd, head, (size_t)n, 0);
    send(fd, body, strlen(body), 0);
}
