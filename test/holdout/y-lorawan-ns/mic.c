#include <string.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include "lns.h"

int lns_cmac4(const uint8_t key[16], const uint8_t *msg, size_t n, uint8_t out[4])
{
    uint8_t full[16];
    size_t outl = 0;
    int rc = -1;
    // ok: backdoor-weak-cipher, backdoor-ecb-mode
    char cipher[] = "AES-128-CBC";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, cipher, 0),
        OSSL_PARAM_construct_end(),
    };
    EVP_MAC *mac = EVP_MAC_fetch(NULL, "CMAC", NULL);
    EVP_MAC_CTX *ctx = mac ? EVP_MAC_CTX_new(mac) : NULL;
    if (ctx == NULL)
        goto out;
    // ok: backdoor-hardcoded-key
    if (EVP_MAC_init(ctx, key, 16, params) != 1)
        goto out;
    if (EVP_MAC_update(ctx, msg, n) != 1 || EVP_MAC_final(ctx, full, &outl, sizeof full) != 1)
        goto out;
    memcpy(out, full, 4);
    rc = 0;
out:
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
    return rc;
}
