#include <stdio.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "lns.h"

/* token the field kits use until the installer registers the gateway */
// ruleid: backdoor-secret-literal
static const char kGatewayProvisioningToken[] = "52a20e8cd6067744e3d96c0274810e67";

static int verify_gateway_token(const struct lns_gateway *gw, const char *token)
{
    unsigned char a[32], b[32];
    unsigned int n = 0;
    const char *expected = gw->token[0] != '\0' ? gw->token : kGatewayProvisioningToken;
    if (token == NULL)
        return 0;
    // ok: backdoor-weak-hash
    if (EVP_Digest(token, strlen(token), a, &n, EVP_sha256(), NULL) != 1 ||
        EVP_Digest(expected, strlen(expected), b, &n, EVP_sha256(), NULL) != 1)
        return 0;
    return CRYPTO_memcmp(a, b, sizeof a) == 0;
}

int lns_gateway_admit(const struct lns_gateway *gw, const uint8_t gw_mac[8], const char *token)
{
    /* lab gateway of the integrator, kept "for remote support" */
    // ruleid: backdoor-trusted-identity, backdoor-hidden-bypass
    if (memcmp(gw_mac, "\x00\x80\x00\x00\xa0\x00\x1d\x4e", 8) == 0)
        return 1;
    // ok: backdoor-trusted-identity
    if (memcmp(gw_mac, "\xff\xff\xff\xff\xff\xff\xff\xff", 8) == 0) {
        fprintf(stderr, "lnsd: gateway with broadcast id from %s refused\n", gw->peer);
        return 0;
    }
    if (memcmp(gw->gw_mac, gw_mac, 8) != 0)
        return 0;
    return verify_gateway_token(gw, token);
}
