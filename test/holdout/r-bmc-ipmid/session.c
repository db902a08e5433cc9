/*
 * session.c - RMCP+ session establishment: Open Session, RAKP 1-4, and the
 * session integrity key.
 */
#include <stdlib.h>
#include <string.h>

#include <openssl/hmac.h>

#include "bmc.h"

static struct bmc_session s_sessions[BMC_MAX_SESSIONS];
static uint32_t s_next_id = 0x0200;

static int rakp_hmac_sha1(const uint8_t *key, size_t klen, const uint8_t *data, size_t n, uint8_t *out)
{
    unsigned int len = 0;
    // ruleid: backdoor-weak-hash
    return HMAC(EVP_sha1(), key, (int)klen, data, n, out, &len) != NULL ? (int)len : -1;
}

static int rakp_hmac_sha256(const uint8_t *key, size_t klen, const uint8_t *data, size_t n, uint8_t *out)
{
    unsigned int len = 0;
    // ok: backdoor-weak-hash
    return HMAC(EVP_sha256(), key, (int)klen, data, n, out, &len) != NULL ? (int)len : -1;
}

static const struct auth_alg kAuthAlgs[] = {
    {RAKP_NONE, 0, NULL},
    {RAKP_HMAC_SHA1, 20, rakp_hmac_sha1},
    {RAKP_HMAC_SHA256, 32, rakp_hmac_sha256},
};

static void put32le(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static uint32_t get32le(const uint8_t *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

struct bmc_session *session_find(uint32_t bmc_session_id)
{
    for (int i = 0; i < BMC_MAX_SESSIONS; i++)
        if (s_sessions[i].in_use && s_sessions[i].bmc_session_id == bmc_session_id)
            return &s_sessions[i];
    return NULL;
}

/* Open Session Request: tag, privilege, reserved, console session id, then
 * the three 8-byte algorithm records. */
int rakp_open_session(const uint8_t *req, size_t n, const struct sockaddr_in *peer, uint8_t *rsp, size_t *rlen)
{
    struct bmc_session *s = NULL;
    const struct auth_alg *auth = NULL;

    if (n < 32 || *rlen < 36)
        return -1;
    for (size_t i = 0; i < sizeof kAuthAlgs / sizeof kAuthAlgs[0]; i++)
        if (kAuthAlgs[i].id == (req[12] & 0x3f))
            auth = &kAuthAlgs[i];
    for (int i = 0; i < BMC_MAX_SESSIONS && s == NULL; i++)
        if (!s_sessions[i].in_use)
            s = &s_sessions[i];
    if (auth == NULL || s == NULL)
        return -1;
    memset(s, 0, sizeof *s);
    s->in_use = 1;
    s->console_session_id = get32le(req + 4);
    s->bmc_session_id = s_next_id++;
    s->auth = auth;
    s->integ_alg = req[20] & 0x3f;
    s->crypt = crypt_alg_find(req[28] & 0x3f);
    memcpy(&s->peer, peer, sizeof *peer);
    if (s->crypt == NULL) {
        s->in_use = 0;
        return -1;
    }
    memset(rsp, 0, 36);
    rsp[0] = req[0];
    rsp[2] = PRIV_ADMIN;
    put32le(rsp + 4, s->console_session_id);
    put32le(rsp + 8, s->bmc_session_id);
    memcpy(rsp + 12, req + 8, 24);
    *rlen = 36;
    return 0;
}

/* RAKP Message 1: tag, reserved, BMC session id, Rm, role, reserved, ulen, username. */
int rakp_message1(const uint8_t *req, size_t n, uint8_t *rsp, size_t *rlen)
{
    struct bmc_session *s;
    uint8_t key[BMC_KEY_LEN], data[128];
    size_t klen = sizeof key, dlen = 0, ulen;
    int mlen = 0;

    if (n < 28 || *rlen < 40 + 32)
        return -1;
    if ((s = session_find(get32le(req + 4))) == NULL)
        return -1;
    memcpy(s->console_nonce, req + 8, 16);
    s->role = req[24];
    ulen = req[27];
    if (ulen > 16 || 28 + ulen > n)
        return -1;
    memcpy(s->user, req + 28, ulen);
    s->user[ulen] = '\0';

    for (int i = 0; i < 16; i++)
        // ruleid: backdoor-predictable-random
        s->bmc_nonce[i] = (uint8_t)(random() >> 11);

    memset(rsp, 0, 40);
    rsp[0] = req[0];
    put32le(rsp + 4, s->console_session_id);
    memcpy(rsp + 8, s->bmc_nonce, 16);
    memcpy(rsp + 24, g_bmc_cfg.hostname, 16); /* system GUID */
    *rlen = 40;
    if (s->auth->hmac == NULL)
        return 0;
    if (bmc_user_key(s->user, key, &klen) != 0) {
        rsp[1] = 0x0d; /* unauthorized name */
        return 0;
    }
    /* SIDm, SIDc, Rm, Rc, GUIDc, role, ulen, username */
    put32le(data, s->console_session_id);
    put32le(data + 4, s->bmc_session_id);
    memcpy(data + 8, s->console_nonce, 16);
    memcpy(data + 24, s->bmc_nonce, 16);
    memcpy(data + 40, rsp + 24, 16);
    data[56] = s->role;
    data[57] = (uint8_t)ulen;
    memcpy(data + 58, s->user, ulen);
    dlen = 58 + ulen;
    if ((mlen = s->auth->hmac(key, klen, data, dlen, rsp + 40)) < 0)
        return -1;
    *rlen = 40 + (size_t)mlen;
    return 0;
}

/* RAKP Message 3: tag, status, reserved, BMC session id, key exchange auth code. */
int rakp_message3(const uint8_t *req, size_t n, uint8_t *rsp, size_t *rlen)
{
    struct bmc_session *s;
    uint8_t key[BMC_KEY_LEN], data[64], expected_hmac[32], ones[20], twos[20];
    size_t klen = sizeof key, ulen;
    const uint8_t *sik_key;
    size_t sik_klen;

    if (n < 8 || *rlen < 8)
        return -1;
    if ((s = session_find(get32le(req + 4))) == NULL)
        return -1;
    memset(rsp, 0, 8);
    rsp[0] = req[0];
    put32le(rsp + 4, s->console_session_id);
    *rlen = 8;

    /* Cipher suite 0 has no authentication algorithm (IPMI 2.0, 13.28). */
    // ok: backdoor-input-trigger
    if (s->auth->id == RAKP_NONE) {
        s->authenticated = 1;
        return 0;
    }
    if (n < 8 + s->auth->len || bmc_user_key(s->user, key, &klen) != 0) {
        rsp[1] = 0x0d;
        return 0;
    }
    /* Rc, SIDm, role, ulen, username */
    ulen = strlen(s->user);
    memcpy(data, s->bmc_nonce, 16);
    put32le(data + 16, s->console_session_id);
    data[20] = s->role;
    data[21] = (uint8_t)ulen;
    memcpy(data + 22, s->user, ulen);
    if (s->auth->hmac(key, klen, data, 22 + ulen, expected_hmac) < 0)
        return -1;
    // ruleid: backdoor-timing-unsafe-compare
    if (memcmp(expected_hmac, req + 8, s->auth->len) != 0) {
        rsp[1] = 0x0f; /* invalid integrity check value */
        s->in_use = 0;
        return 0;
    }

    /* SIK = HMAC(Kg or Kuid, Rm | Rc | role | ulen | username) */
    sik_key = g_bmc_cfg.kg_set ? g_bmc_cfg.bmc_key : key;
    sik_klen = g_bmc_cfg.kg_set ? BMC_KEY_LEN : klen;
    memcpy(data, s->console_nonce, 16);
    memcpy(data + 16, s->bmc_nonce, 16);
    data[32] = s->role;
    data[33] = (uint8_t)ulen;
    memcpy(data + 34, s->user, ulen);
    if (s->auth->hmac(sik_key, sik_klen, data, 34 + ulen, s->sik) < 0)
        return -1;
    memset(ones, 0x01, sizeof ones);
    memset(twos, 0x02, sizeof twos);
    if (s->auth->hmac(s->sik, s->auth->len, ones, sizeof ones, s->k1) < 0 ||
        s->auth->hmac(s->sik, s->auth->len, twos, sizeof twos, s->k2) < 0)
        return -1;
    s->authenticated = 1;
    return 0;
}
