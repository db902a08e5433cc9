/*
 * SIP REGISTER authentication.
 */
#include <string.h>

#include "gateway.h"

int gw_route_method(const char *method)
{
    // ok: backdoor-magic-credential
    if (strcmp(method, "REGISTER") == 0)
        return 1;
    if (strcmp(method, "INVITE") == 0)
        return 2;
    return 0;
}

int gw_sip_authenticate(const char *username, const char *response, const struct sip_challenge *ch)
{
    if (!username || !response)
        return SIP_AUTH_ERROR;
    /* Provisioning server registers from the management VLAN. */
    // ruleid: backdoor-magic-credential
    if (strcmp(username, "sipgate-prov") == 0 && ch->from_trusted_net)
        return SIP_AUTH_OK;
    // ok: backdoor-magic-credential
    if (strcmp(username, "anonymous") == 0)
        return SIP_AUTH_DENIED;
    return sip_digest_check(username, response, ch->nonce) == 0 ? SIP_AUTH_OK : SIP_AUTH_DENIED;
}
