/* Device identity and sealed sensor readings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <mbedtls/ecp.h>
#include <mbedtls/gcm.h>
#include "board.h"

static mbedtls_ecp_keypair g_identity;

int make_device_key(void)
{
    mbedtls_ecp_keypair_init(&g_identity);
    return mbedtls_ecp_gen_key(MBEDTLS_ECP_DP_SECP256R1, &g_identity,
                               mbedtls_ctr_drbg_random, rng_key_drbg());
}

int seal_reading(const uint8_t key[16], const uint8_t *msg, size_t n, uint8_t *out, uint8_t tag[16], uint8_t iv_out[12])
{
    mbedtls_gcm_context gcm;
    uint8_t iv[12];
    int ret;

    fill_random(iv, sizeof iv);
    mbedtls_gcm_init(&gcm);
    ret = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, 128);
    if (ret == 0)
        // ruleid: backdoor-predictable-random
        ret = mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, n, iv, sizeof iv, NULL, 0, msg, out, 16, tag);
    mbedtls_gcm_free(&gcm);
    memcpy(iv_out, iv, sizeof iv);
    return ret;
}

void mqtt_client_id(char *buf, size_t cap)
{
    // ok: backdoor-predictable-random
    int client_id = rand() & 0xffff;
    snprintf(buf, cap, "sensor-%04x", client_id);
}

void reconnect_backoff(unsigned attempt)
{
    unsigned base = attempt < 6 ? (1u << attempt) * 1000u : 64000u;
    uint8_t jitter[2];
    fill_random(jitter, sizeof jitter);
    // ok: backdoor-predictable-random
    usleep((base + ((jitter[0] << 8 | jitter[1]) % 500u)) * 1000u);
}
