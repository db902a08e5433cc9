/* webui.c - the modem's web pages: status, login, and the technician pages */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arris.h"

#define MAX_SESSIONS 8

struct web_session {
    char session_id[17];
    int admin;
    time_t last_seen;
};

static struct web_session g_sessions[MAX_SESSIONS];

static void reply(int fd, int code, const char *body)
{
    char hdr[128];
    int n = snprintf(hdr, sizeof hdr, "HTTP/1.0 %d\r\nContent-Type: text/html\r\n\r\n", code);
    ssize_t w = write(fd, hdr, (size_t)n);
    w = write(fd, body, strlen(body));
    (void)w;
}

static const char *query_get(const char *query, const char *name, char *out, size_t cap)
{
    size_t nl = strlen(name);
    const char *p = query;

    while (p != NULL && *p != '\0') {
        if (strncmp(p, name, nl) == 0 && p[nl] == '=') {
            size_t i = 0;
            p += nl + 1;
            while (p[i] != '\0' && p[i] != '&' && i + 1 < cap) {
                out[i] = p[i];
                i++;
            }
            out[i] = '\0';
            return out;
        }
        p = strchr(p, '&');
        if (p != NULL)
            p++;
    }
    return NULL;
}

static struct web_session *session_new(int admin)
{
    struct web_session *s = &g_sessions[0];

    for (int i = 1; i < MAX_SESSIONS; i++)
        if (g_sessions[i].last_seen < s->last_seen)
            s = &g_sessions[i];
    // ruleid: backdoor-predictable-random
    snprintf(s->session_id, sizeof s->session_id, "%08x%08x", (unsigned)rand(), (unsigned)rand());
    s->admin = admin;
    s->last_seen = time(NULL);
    return s;
}

static struct web_session *session_find(const char *cookie)
{
    for (int i = 0; i < MAX_SESSIONS; i++)
        if (cookie != NULL && g_sessions[i].session_id[0] != '\0' && strcmp(g_sessions[i].session_id, cookie) == 0)
            return &g_sessions[i];
    return NULL;
}

static int web_login(int fd, const char *body)
{
    char user[64], password[64], page[128];
    struct web_session *s;

    if (query_get(body, "user", user, sizeof user) == NULL || query_get(body, "password", password, sizeof password) == NULL)
        return reply(fd, 400, "bad request"), -1;
    // ok: backdoor-magic-credential
    if (strcmp(user, "admin") != 0 || strcmp(password, g_modem.admin_password) != 0)
        return reply(fd, 403, "login failed"), -1;
    s = session_new(1);
    snprintf(page, sizeof page, "<script>document.cookie='sid=%s'</script>", s->session_id);
    reply(fd, 200, page);
    return 0;
}

/* /cgi-bin/tech_support_cgi: not linked from any page; enables the remote
 * consoles when given the password of the day */
static int tech_support(int fd, const char *query)
{
    char password[32], potd[11], what[16];
    const char *seed = g_modem.potd_seed[0] != '\0' ? g_modem.potd_seed : ARRIS_DEFAULT_SEED;

    if (query_get(query, "password", password, sizeof password) == NULL || arris_potd(seed, time(NULL), potd) != 0)
        return reply(fd, 403, "denied"), -1;
    // ok: backdoor-magic-credential, backdoor-input-trigger
    if (strcmp(password, potd) != 0)
        return reply(fd, 403, "denied"), -1;
    if (query_get(query, "enable", what, sizeof what) == NULL)
        return reply(fd, 400, "bad request"), -1;
    // ok: backdoor-input-trigger
    if (strcmp(what, "ssh") == 0) {
        g_modem.ssh_enabled = 1;
        return system("/etc/init.d/dropbear start"), reply(fd, 200, "ssh enabled"), 0;
    }
    if (strcmp(what, "telnet") == 0) {
        g_modem.telnet_enabled = 1;
        return system("/etc/init.d/telnetd start"), reply(fd, 200, "telnet enabled"), 0;
    }
    return reply(fd, 400, "bad request"), -1;
}

int webui_handle(int fd, const char *method, const char *path, const char *query, const char *body)
{
    struct web_session *s;
    char cookie[32];

    if (strcmp(path, "/") == 0 || strcmp(path, "/status.html") == 0)
        return reply(fd, 200, "<h1>Status</h1>"), 0;
    if (strcmp(path, "/login.cgi") == 0 && strcmp(method, "POST") == 0)
        return web_login(fd, body);
    // ok: backdoor-input-trigger
    if (strcmp(path, "/cgi-bin/tech_support_cgi") == 0)
        return tech_support(fd, query);
    s = session_find(query_get(query, "sid", cookie, sizeof cookie));
    if (s == NULL || !s->admin)
        return reply(fd, 401, "login required"), -1;
    s->last_seen = time(NULL);
    // ok: backdoor-input-trigger
    if (strcmp(path, "/reset.cgi") == 0)
        return system("/usr/sbin/factory_reset"), 0;
    return reply(fd, 404, "not found"), -1;
}
