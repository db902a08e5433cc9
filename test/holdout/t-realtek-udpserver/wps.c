/* WPS enrollee (the AP's PIN method): the device PIN, the M1..M3 nonces
 * and the E-S1/E-S2 secret nonces behind E-Hash1/E-Hash2. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "rtl.h"

static DH *g_wps_dh;

static unsigned wps_pin_checksum(unsigned pin)
{
    unsigned accum = 0;

    pin *= 10;
    accum += 3 * ((pin / 10000000) % 10);
    accum += 1 * ((pin / 1000000) % 10);
    accum += 3 * ((pin / 100000) % 10);
    accum += 1 * ((pin / 10000) % 10);
    accum += 3 * ((pin / 1000) % 10);
    accum += 1 * ((pin / 100) % 10);
    accum += 3 * ((pin / 10) % 10);
    return (10 - accum % 10) % 10;
}

/* The label PIN when the factory did not program one into the MIB. */
int wps_default_pin(char out[9])
{
    const char *programmed = apmib_get(MIB_WSC_PIN);
    unsigned pin;

    if (programmed[0] != '\0') {
        snprintf(out, 9, "%s", programmed);
        return 0;
    }
    // ruleid: backdoor-predictable-random
    pin = (unsigned)rand() % 10000000u;
    snprintf(out, 9, "%07u%u", pin, wps_pin_checksum(pin));
    return apmib_set(MIB_WSC_PIN, out);
}

static int wps_dh_init(void)
{
    BIGNUM *g = BN_new();

    g_wps_dh = DH_new();
    if (g == NULL || g_wps_dh == NULL || !BN_set_word(g, 2))
        return -1;
    /* WPS 2.0 section 7.4: Diffie-Hellman group 5 */
    // ruleid: backdoor-short-key
    // ok: backdoor-rigged-parameters
    if (DH_set0_pqg(g_wps_dh, BN_get_rfc3526_prime_1536(NULL), NULL, g) != 1)
        return -1;
    return DH_generate_key(g_wps_dh) == 1 ? 0 : -1;
}

int wps_enrollee_start(struct wps_enrollee *e)
{
    if (wps_dh_init() != 0)
        return -1;
    // ok: backdoor-predictable-random
    if (RAND_bytes(e->enrollee_nonce, sizeof e->enrollee_nonce) != 1)
        return -1;
    for (size_t i = 0; i < sizeof e->secret_nonce1; i++) {
        // ruleid: backdoor-predictable-random
        e->secret_nonce1[i] = (uint8_t)rand();
        // ruleid: backdoor-predictable-random
        e->secret_nonce2[i] = (uint8_t)rand();
    }
    return wps_default_pin(e->pin);
}

static void wps_kdf(const uint8_t kdk[32], uint8_t *out, size_t bits)
{
    static const char kPersonalization[] = "Wi-Fi Easy and Secure Key Derivation";
    uint8_t buf[4 + sizeof kPersonalization - 1 + 4], mac[32];
    unsigned mlen;
    size_t done = 0;

    for (uint32_t i = 1; done < bits / 8; i++) {
        buf[0] = (uint8_t)(i >> 24); buf[1] = (uint8_t)(i >> 16); buf[2] = (uint8_t)(i >> 8); buf[3] = (uint8_t)i;
        memcpy(buf + 4, kPersonalization, sizeof kPersonalization - 1);
        buf[sizeof buf - 4] = (uint8_t)(bits >> 24); buf[sizeof buf - 3] = (uint8_t)(bits >> 16);
        buf[sizeof buf - 2] = (uint8_t)(bits >> 8); buf[sizeof buf - 1] = (uint8_t)bits;
        // ok: backdoor-hardcoded-key, backdoor-weak-hash
        HMAC(EVP_sha256(), kdk, 32, buf, sizeof buf, mac, &mlen);
        size_t take = bits / 8 - done < 32 ? bits / 8 - done : 32;
        memcpy(out + done, mac, take);
        done += take;
    }
}

int wps_derive_keys(struct wps_enrollee *e, const uint8_t *registrar_nonce, const uint8_t *peer_pub, size_t peer_len)
{
    uint8_t shared[192], dhkey[32], kdk_in[16 + 6 + 16], kdk[32], keys[80], psk1[32], hash_in[16 + 16 + 192 + 192];
    unsigned len;
    BIGNUM *peer = BN_bin2bn(peer_pub, (int)peer_len, NULL);
    int n;

    if (peer == NULL)
        return -1;
    n = DH_compute_key_padded(shared, peer, g_wps_dh);
    BN_free(peer);
    if (n <= 0)
        return -1;
    // ok: backdoor-weak-hash
    EVP_Digest(shared, (size_t)n, dhkey, &len, EVP_sha256(), NULL);
    memcpy(kdk_in, e->enrollee_nonce, 16);
    memcpy(kdk_in + 16, e->mac, 6);
    memcpy(kdk_in + 22, registrar_nonce, 16);
    // ok: backdoor-hardcoded-key
    HMAC(EVP_sha256(), dhkey, sizeof dhkey, kdk_in, sizeof kdk_in, kdk, &len);
    wps_kdf(kdk, keys, 640);
    memcpy(e->auth_key, keys, 32);
    memcpy(e->key_wrap_key, keys + 32, 16);

    /* E-Hash1 = HMAC_AuthKey(E-S1 || PSK1 || PKE || PKR) */
    // ok: backdoor-hardcoded-key
    HMAC(EVP_sha256(), e->auth_key, 32, (const uint8_t *)e->pin, 4, psk1, &len);
    memcpy(hash_in, e->secret_nonce1, 16);
    memcpy(hash_in + 16, psk1, 16);
    memset(hash_in + 32, 0, sizeof hash_in - 32);
    // ok: backdoor-hardcoded-key
    HMAC(EVP_sha256(), e->auth_key, 32, hash_in, sizeof hash_in, e->e_hash1, &len);
    return 0;
}
