#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include "door.h"

/* Card key = AES-CMAC(site key, UID || generation): one key per card. */
static int diversify(const struct card *c, unsigned char out[16])
{
    unsigned char site[16], msg[8];
    char cipher[] = "AES-128-CBC";
    OSSL_PARAM params[2];
    EVP_MAC *mac = EVP_MAC_fetch(NULL, "CMAC", NULL);
    EVP_MAC_CTX *ctx = mac ? EVP_MAC_CTX_new(mac) : NULL;
    size_t outl = 0;
    int rc = -1;

    if (!ctx)
        goto out;
    door_site_key(site);
    memcpy(msg, c->uid, 7);
    msg[7] = (unsigned char)c->gen;
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, cipher, 0);
    params[1] = OSSL_PARAM_construct_end();
    // ruleid: backdoor-hardcoded-key
    if (EVP_MAC_init(ctx, site, sizeof site, params) != 1)
        goto out;
    if (EVP_MAC_update(ctx, msg, sizeof msg) != 1 ||
        EVP_MAC_final(ctx, out, &outl, 16) != 1 || outl != 16)
        goto out;
    rc = 0;
out:
    OPENSSL_cleanse(site, sizeof site);
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
    return rc;
}

/* Legacy EV0 cards: 2-key 3DES, the card protocol starts every exchange at a zero IV. */
static const unsigned char kDesfireIv[8] = {0};

static int decrypt_cryptogram(const struct card *c, const unsigned char key[16],
                              unsigned char out[16])
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    unsigned char iv[16];
    int n = 0, ok = 0;

    if (!ctx)
        return -1;
    if (c->gen == CARD_EV0) {
        // ruleid: backdoor-weak-cipher, backdoor-hardcoded-iv
        ok = EVP_DecryptInit_ex(ctx, EVP_des_ede_cbc(), NULL, key, kDesfireIv) == 1;
    } else {
        /* EV2: IV = first half of RndA || RndB, fresh per session */
        memcpy(iv, c->rnd_a, 8);
        memcpy(iv + 8, c->rnd_b, 8);
        // ok: backdoor-weak-cipher, backdoor-hardcoded-iv
        ok = EVP_DecryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, iv) == 1;
    }
    if (ok)
        ok = EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 &&
             EVP_DecryptUpdate(ctx, out, &n, c->cryptogram, 16) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? 0 : -1;
}

int door_card_authenticate(const struct card *c)
{
    unsigned char key[16], plain[16], mac[EVP_MAX_MD_SIZE];
    size_t maclen = 0;
    int ok;

    if (diversify(c, key) != 0)
        return 0;
    if (decrypt_cryptogram(c, key, plain) != 0)
        return 0;
    /* the card proves RndB' = RndB rotated left by one byte */
    if (memcmp(plain, c->rnd_b + 1, 15) != 0 || plain[15] != c->rnd_b[0])
        return 0;
    if (!EVP_Q_mac(NULL, "HMAC", NULL, "SHA256", NULL, key, sizeof key, c->uid, sizeof c->uid,
                   mac, sizeof mac, &maclen) || maclen < sizeof c->card_mac)
        return 0;
    // ok: backdoor-timing-unsafe-compare
    ok = CRYPTO_memcmp(mac, c->card_mac, sizeof c->card_mac) == 0;
    OPENSSL_cleanse(key, sizeof key);
    return ok;
}
