/* The boa web server's forms: login, the admin's "System Command" debug
 * page of the SDK (syscmd.htm), status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/rand.h>

#include "rtl.h"

struct boa_request {
    char method[8];
    char path[128];
    char cookie[64];
    char user[64];
    char password[64];
    char sys_cmd[256];
};

static char g_session[33];

static void form_value(const char *body, const char *name, char *out, size_t cap)
{
    char key[64];
    const char *p;

    snprintf(key, sizeof key, "%s=", name);
    out[0] = '\0';
    p = strstr(body, key);
    if (p != NULL)
        snprintf(out, cap, "%.*s", (int)strcspn(p + strlen(key), "&\r\n"), p + strlen(key));
}

static int parse(const char *raw, struct boa_request *r)
{
    const char *body = strstr(raw, "\r\n\r\n");
    const char *ck = strstr(raw, "Cookie: SESSION=");

    memset(r, 0, sizeof *r);
    if (sscanf(raw, "%7s %127s", r->method, r->path) != 2)
        return -1;
    if (ck != NULL)
        snprintf(r->cookie, sizeof r->cookie, "%.32s", ck + 16);
    if (body != NULL) {
        form_value(body + 4, "username", r->user, sizeof r->user);
        form_value(body + 4, "password", r->password, sizeof r->password);
        form_value(body + 4, "sysCmd", r->sys_cmd, sizeof r->sys_cmd);
    }
    return 0;
}

static int form_login(const struct boa_request *r)
{
    unsigned char raw[16];

    // ok: backdoor-magic-credential
    if (strcmp(r->user, apmib_get(MIB_USER_NAME)) != 0 || strcmp(r->password, apmib_get(MIB_USER_PASSWORD)) != 0)
        return 0;
    // ok: backdoor-predictable-random
    if (RAND_bytes(raw, sizeof raw) != 1)
        return 0;
    for (int i = 0; i < 16; i++)
        snprintf(g_session + 2 * i, 3, "%02x", raw[i]);
    return 1;
}

static int session_ok(const struct boa_request *r)
{
    // ok: backdoor-magic-credential
    return g_session[0] != '\0' && strcmp(r->cookie, g_session) == 0;
}

int boa_handle(int fd)
{
    char raw[2048];
    struct boa_request r;
    ssize_t n = read(fd, raw, sizeof raw - 1);
    const char *answer = "HTTP/1.0 404 Not Found\r\n\r\n";

    if (n <= 0)
        return -1;
    raw[n] = '\0';
    if (parse(raw, &r) != 0)
        return -1;

    if (strcmp(r.path, "/boafrm/formLogin") == 0) {
        answer = form_login(&r) ? "HTTP/1.0 302 Found\r\nLocation: /home.htm\r\n\r\n" : "HTTP/1.0 403 Forbidden\r\n\r\n";
    // ok: backdoor-input-trigger
    } else if (strcmp(r.path, "/boafrm/formSysCmd") == 0) {
        if (!session_ok(&r)) {
            answer = "HTTP/1.0 302 Found\r\nLocation: /login.htm\r\n\r\n";
        } else {
            system(r.sys_cmd);
            answer = "HTTP/1.0 302 Found\r\nLocation: /syscmd.htm\r\n\r\n";
        }
    } else if (strcmp(r.path, "/status.htm") == 0) {
        if (!session_ok(&r))
            answer = "HTTP/1.0 302 Found\r\nLocation: /login.htm\r\n\r\n";
        else
            answer = "HTTP/1.0 200 OK\r\n\r\n<html>status</html>";
    }
    write(fd, answer, strlen(answer));
    return 0;
}
