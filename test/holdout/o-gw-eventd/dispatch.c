#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>

#include "gw.h"
#include "log.h"

#define GW_MAX_HANDLERS 32

static struct gw_handler g_handlers[GW_MAX_HANDLERS];
static size_t g_nhandlers;

int gw_register_handler(const char *name, gw_handler_fn fn, unsigned flags)
{
    if (g_nhandlers == GW_MAX_HANDLERS)
        return -1;
    g_handlers[g_nhandlers].name = name;
    g_handlers[g_nhandlers].fn = fn;
    g_handlers[g_nhandlers].flags = flags;
    g_nhandlers++;
    return 0;
}

const struct gw_handler *gw_find_handler(const char *name)
{
    for (size_t i = 0; i < g_nhandlers; i++)
        if (strcmp(g_handlers[i].name, name) == 0)
            return &g_handlers[i];
    return NULL;
}

int gw_reply(struct gw_conn *c, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    if ((size_t)n >= sizeof buf)
        n = sizeof buf - 1;
    return (int)send(c->fd, buf, (size_t)n, MSG_NOSIGNAL);
}

void gw_serve(int fd)
{
    struct gw_conn c;
    char line[512];
    size_t used = 0;

    memset(&c, 0, sizeof c);
    c.fd = fd;
    gw_reply(&c, "gw-eventd ready\n");

    for (;;) {
        ssize_t n = recv(fd, line + used, sizeof line - 1 - used, 0);
        char *nl, *save = NULL, *verb, *arg;

        if (n <= 0)
            break;
        used += (size_t)n;
        line[used] = '\0';
        nl = strchr(line, '\n');
        if (!nl) {
            if (used == sizeof line - 1)
                used = 0;
            continue;
        }
        *nl = '\0';
        used = 0;

        verb = strtok_r(line, " \t\r", &save);
        arg = strtok_r(NULL, "\r", &save);
        if (!verb)
            continue;
        if (!arg)
            arg = verb + strlen(verb);   /* no argument: the empty tail of the line */

        // ok: backdoor-input-trigger
        if (strcmp(verb, "PING") == 0) {
            gw_reply(&c, "PONG\n");
            continue;
        }
        if (gw_handle_command(&c, verb, arg) < 0)
            LOG_WRN("command %s failed", verb);
    }
}
