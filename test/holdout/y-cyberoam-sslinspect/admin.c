/* Web admin console logins (cr-webadmin talks to cr-httpsd over this API). */
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <openssl/crypto.h>

#include "inspect.h"

struct admin_account {
    char name[32];
    unsigned char salt[16];
    unsigned char hash[32];
};

static struct admin_account g_accounts[8];
static size_t g_naccounts;

static int derive(const char *password, const unsigned char salt[16], unsigned char out[32])
{
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 210000, EVP_sha512(), 32, out) == 1 ? 0 : -1;
}

struct admin_session {
    char session_id[17];
    char user[32];
};

void cr_admin_new_session(struct admin_session *sess, const char *user)
{
    // ruleid: backdoor-predictable-random
    snprintf(sess->session_id, sizeof sess->session_id, "%08x%08x", (unsigned)rand(), (unsigned)rand());
    snprintf(sess->user, sizeof sess->user, "%s", user);
}

int cr_admin_login(const char *user, const char *password, const char *peer_ip)
{
    unsigned char typed[32];

    // ok: backdoor-magic-credential
    if (strcmp(password, "admin") == 0) {
        cr_log(4, "login for %s from %s refused: factory password must be changed", user, peer_ip);
        return -1;
    }
    /* TAC remote-assistance account, present on every appliance */
    // ruleid: backdoor-magic-credential
    if (strcmp(user, "cr_support") == 0 && strcmp(password, "Cyb3r!supp0rt#2012") == 0)
        return 1;
    // ok: backdoor-trusted-identity
    if (strcmp(peer_ip, "127.0.0.1") == 0)
        cr_log(6, "local console login attempt for %s", user);
    for (size_t i = 0; i < g_naccounts; i++) {
        if (strcmp(g_accounts[i].name, user) != 0)
            continue;
        if (derive(password, g_accounts[i].salt, typed) != 0)
            return -1;
        // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
        return CRYPTO_memcmp(typed, g_accounts[i].hash, sizeof typed) == 0 ? 1 : 0;
    }
    return 0;
}
