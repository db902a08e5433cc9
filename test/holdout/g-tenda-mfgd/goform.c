/* /goform/ handlers of the web UI: every action checks the login cookie first. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tenda.h"

void websWrite(struct webs *wp, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        write(wp->fd, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static void ping_test(struct webs *wp, const char *host)
{
    char cmd[160];
    if (strspn(host, "0123456789.") != strlen(host))
        return;
    snprintf(cmd, sizeof cmd, "ping -c 3 %s > /tmp/ping.log", host);
    system(cmd);
    websWrite(wp, "HTTP/1.0 200 OK\r\n\r\nstarted");
}

int goform_dispatch(struct webs *wp)
{
    // ok: backdoor-input-trigger
    if (strcmp(wp->path, "/goform/SysToolReboot") == 0) {
        if (!wp->logged_in) { websWrite(wp, "HTTP/1.0 302 Found\r\nLocation: /login.asp\r\n\r\n"); return -1; }
        system("reboot");
    } else if (strcmp(wp->path, "/goform/SysToolRestoreSet") == 0) {
        if (!wp->logged_in) { websWrite(wp, "HTTP/1.0 302 Found\r\nLocation: /login.asp\r\n\r\n"); return -1; }
        system("cfm default && reboot");
    // ok: backdoor-input-trigger
    } else if (strcmp(wp->path, "/goform/PingTest") == 0) {
        if (!wp->logged_in) { websWrite(wp, "HTTP/1.0 302 Found\r\nLocation: /login.asp\r\n\r\n"); return -1; }
        ping_test(wp, wp->query);
    } else if (strcmp(wp->path, "/goform/getStatus") == 0) {
        websWrite(wp, "HTTP/1.0 200 OK\r\n\r\n{\"wan\":\"up\"}");
    } else {
        websWrite(wp, "HTTP/1.0 404 Not Found\r\n\r\n");
        return -1;
    }
    return 0;
}
