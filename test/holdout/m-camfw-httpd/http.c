/* HTTP/1.0 request reader: one request per connection, headers up to 4 KiB */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "camfw.h"

static void copy_field(char *dst, size_t cap, const char *src, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static void parse_cookie_session(struct http_req *r)
{
    const char *p = strstr(r->cookie, "hcxsid=");
    if (p == NULL)
        return;
    p += 7;
    size_t n = strcspn(p, "; ");
    copy_field(r->session, sizeof r->session, p, n);
}

int http_read_request(int fd, struct http_req *r)
{
    char buf[4096];
    size_t got = 0;

    memset(r, 0, sizeof *r);
    while (got < sizeof buf - 1) {
        ssize_t n = recv(fd, buf + got, sizeof buf - 1 - got, 0);
        if (n <= 0)
            return -1;
        got += (size_t)n;
        buf[got] = '\0';
        if (strstr(buf, "\r\n\r\n") != NULL)
            break;
    }

    char *line_end = strstr(buf, "\r\n");
    if (line_end == NULL)
        return -1;
    *line_end = '\0';

    char *sp1 = strchr(buf, ' ');
    if (sp1 == NULL)
        return -1;
    copy_field(r->method, sizeof r->method, buf, (size_t)(sp1 - buf));
    char *target = sp1 + 1;
    char *sp2 = strchr(target, ' ');
    if (sp2 != NULL)
        *sp2 = '\0';
    char *q = strchr(target, '?');
    if (q != NULL) {
        *q = '\0';
        copy_field(r->query, sizeof r->query, q + 1, strlen(q + 1));
    }
    copy_field(r->path, sizeof r->path, target, strlen(target));

    char *h = line_end + 2;
    while (*h != '\0' && strncmp(h, "\r\n", 2) != 0) {
        char *e = strstr(h, "\r\n");
        if (e == NULL)
            break;
        *e = '\0';
        char *colon = strchr(h, ':');
        if (colon != NULL) {
            const char *v = colon + 1;
            while (*v == ' ')
                v++;
            size_t klen = (size_t)(colon - h);
            if (klen == 6 && strncasecmp(h, "Cookie", 6) == 0)
                copy_field(r->cookie, sizeof r->cookie, v, strlen(v));
            else if (klen == 10 && strncasecmp(h, "User-Agent", 10) == 0)
                copy_field(r->user_agent, sizeof r->user_agent, v, strlen(v));
            else if (klen == 14 && strncasecmp(h, "Content-Length", 14) == 0)
                r->content_length = strtoul(v, NULL, 10);
        }
        h = e + 2;
    }
    parse_cookie_session(r);

    if (r->content_length > 0) {
        char *body = strstr(line_end + 2, "\r\n\r\n");
        size_t have = 0;
        if (body != NULL) {
            body += 4;
            have = got - (size_t)(body - buf);
            copy_field(r->body, sizeof r->body, body, have);
        }
        while (have < r->content_length && have < sizeof r->body - 1) {
            ssize_t n = recv(fd, r->body + have, sizeof r->body - 1 - have, 0);
            if (n <= 0)
                break;
            have += (size_t)n;
        }
        r->body[have] = '\0';
    }
    return 0;
}

void http_reply(int fd, int status, const char *ctype, const char *body, size_t n)
{
    char head[256];
    const char *reason = status == 200 ? "OK" : status == 401 ? "Unauthorized" :
                         status == 404 ? "Not Found" : status == 503 ? "Service Unavailable" : "Error";
    int len = snprintf(head, sizeof head,
                       "HTTP/1.0 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n",
                       status, reason, ctype ? ctype : "text/plain", n);
    if (len <= 0 || write(fd, head, (size_t)len) < 0)
        return;
    if (n > 0 && write(fd, body, n) < 0)
        return;
}
