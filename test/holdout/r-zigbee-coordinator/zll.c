/*
 * zll.c - Light Link touchlink commissioning: the network key goes to the
 * bulb encrypted under a transport key computed from the key the bulb
 * advertised (master or certification key) and the two transaction ids.
 */
#include <string.h>

#include <mbedtls/aes.h>

#include "zb.h"

static void put32be(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static int zll_transport_key(uint8_t key_index, uint32_t transaction_id, uint32_t response_id,
                             uint8_t transport_key[ZB_KEY_LEN])
{
    mbedtls_aes_context aes;
    uint8_t block[16];
    int rc;

    put32be(block, transaction_id);
    put32be(block + 4, transaction_id);
    put32be(block + 8, response_id);
    put32be(block + 12, response_id);

    mbedtls_aes_init(&aes);
    switch (key_index) {
    case ZLL_KEY_INDEX_MASTER:
        // ruleid: backdoor-hardcoded-key
        rc = mbedtls_aes_setkey_enc(&aes, kZllMasterKey, 128);
        break;
    case ZLL_KEY_INDEX_CERTIFICATION:
        // ruleid: backdoor-known-key
        rc = mbedtls_aes_setkey_enc(&aes, kZllCertificationKey, 128);
        break;
    default:
        mbedtls_aes_free(&aes);
        return ZB_DENIED;
    }
    if (rc == 0)
        // ruleid: backdoor-ecb-mode
        rc = mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_ENCRYPT, block, transport_key);
    mbedtls_aes_free(&aes);
    return rc == 0 ? ZB_SUCCESS : ZB_ERROR;
}

int zll_encrypt_network_key(uint8_t key_index, uint32_t transaction_id, uint32_t response_id,
                            const uint8_t nwk_key[ZB_KEY_LEN], uint8_t out[ZB_KEY_LEN])
{
    mbedtls_aes_context aes;
    uint8_t tk[ZB_KEY_LEN];
    int rc;

    if ((rc = zll_transport_key(key_index, transaction_id, response_id, tk)) != ZB_SUCCESS)
        return rc;
    mbedtls_aes_init(&aes);
    // ok: backdoor-hardcoded-key
    rc = mbedtls_aes_setkey_enc(&aes, tk, 128);
    if (rc == 0)
        // ruleid: backdoor-ecb-mode
        rc = mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_ENCRYPT, nwk_key, out);
    mbedtls_aes_free(&aes);
    memset(tk, 0, sizeof tk);
    return rc == 0 ? ZB_SUCCESS : ZB_ERROR;
}
