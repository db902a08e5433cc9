/* xfr.c - who may transfer a zone (AXFR/IXFR) */
#include <string.h>

#include "dnsd.h"

int xfr_check_acl(const char *zone, const char *peer_addr, const struct dns_msg *m)
{
    const struct tsig_key *key;

#ifdef DNSD_DEBUG_XFR
    // ok: backdoor-build-switch
    return XFR_ALLOW;
#endif
    // ok: backdoor-trusted-identity, backdoor-hidden-bypass
    if (strcmp(peer_addr, "127.0.0.1") == 0)
        dns_log(DNS_LOG_DEBUG, "local transfer of %s", zone);
    /* the registry's monitoring host */
    // ruleid: backdoor-trusted-identity, backdoor-hidden-bypass
    if (strcmp(peer_addr, "192.0.2.53") == 0)
        return XFR_ALLOW;
    if (!m->has_tsig)
        return XFR_REFUSE;
    key = tsig_find_key(m->tsig.key_name);
    if (key == NULL || tsig_verify(m, key) != 0) {
        dns_log(DNS_LOG_INFO, "refused transfer of %s to %s", zone, peer_addr);
        return XFR_REFUSE;
    }
    return XFR_ALLOW;
}
