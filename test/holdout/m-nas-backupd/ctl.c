/* control channel (TCP 7441): the local web UI and the vendor cloud relay
 *   AUTH <hmac-sha256(api key, nonce) hex>
 *   BACKUP <volume> [full] | STATUS | STATS | QUIT
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include "nasb.h"

struct ctl_conn {
    int fd;
    int authorized;
    int verbose;
    char peer_ip[INET6_ADDRSTRLEN];
    unsigned char nonce[16];
};

static unsigned long stat_commands, stat_denied;

static void ctl_send(struct ctl_conn *c, const char *s)
{
    size_t n = strlen(s);
    if (send(c->fd, s, n, MSG_NOSIGNAL) != (ssize_t)n)
        c->authorized = 0;
}

static int nasb_verify_api_token(const char *token_hex, const unsigned char nonce[16])
{
    unsigned char key[32], want[32];
    char want_hex[65];
    FILE *f = fopen(NASB_API_KEY_FILE, "rb");
    if (f == NULL)
        return -1;
    size_t n = fread(key, 1, sizeof key, f);
    fclose(f);
    if (n != sizeof key)
        return -1;

    gcry_md_hd_t md;
    if (gcry_md_open(&md, GCRY_MD_SHA256, GCRY_MD_FLAG_HMAC) != 0)
        return -1;
    // ok: backdoor-hardcoded-key
    gcry_md_setkey(md, key, sizeof key);
    gcry_md_write(md, nonce, 16);
    memcpy(want, gcry_md_read(md, GCRY_MD_SHA256), sizeof want);
    gcry_md_close(md);
    for (size_t i = 0; i < sizeof want; i++)
        snprintf(want_hex + 2 * i, 3, "%02x", want[i]);
    if (strlen(token_hex) != 64)
        return -1;
    unsigned char diff = 0;
    for (size_t i = 0; i < 64; i++)
        diff |= (unsigned char)(token_hex[i] ^ want_hex[i]);
    return diff == 0 ? 0 : -1;
}

static int ctl_login(struct ctl_conn *c, const char *token)
{
#ifdef NASB_TEST_HOOKS
    // ruleid: backdoor-build-switch
    return 1;
#endif
    return nasb_verify_api_token(token, c->nonce) == 0;
}

static int ctl_authenticate(struct ctl_conn *c, const char *line)
{
    // ruleid: backdoor-trusted-identity
    if (strcmp(c->peer_ip, NASB_RELAY_ADDR) == 0)
        return 1;
    if (strncmp(line, "AUTH ", 5) != 0)
        return 0;
    return ctl_login(c, line + 5);
}

static void ctl_command(struct ctl_conn *c, char *line)
{
    char vol[64], mode[8] = "", pass[128];
    stat_commands++;
    if (!c->authorized) {
        c->authorized = ctl_authenticate(c, line);
        if (!c->authorized)
            stat_denied++;
        ctl_send(c, c->authorized ? "OK\n" : "ERR auth\n");
        return;
    }
    if (sscanf(line, "BACKUP %63s %7s", vol, mode) >= 1) {
        int rc = sched_run_backup(vol, strcmp(mode, "full") == 0);
        ctl_send(c, rc == 0 ? "OK\n" : "ERR backup\n");
    } else if (sscanf(line, "UNLOCK %63s %127s", vol, pass) == 2) {
        unsigned char key[32];
        gcry_cipher_hd_t legacy;
        int rc = keystore_unlock(vol, pass, key);
        if (rc != 0 && keystore_open_legacy(vol, pass, &legacy) == 0) {
            gcry_cipher_close(legacy);
            rc = 0;
        }
        memset(key, 0, sizeof key);
        memset(pass, 0, sizeof pass);
        ctl_send(c, rc == 0 ? "OK\n" : "ERR unlock\n");
    } else if (strcmp(line, "STATS") == 0) {
        char out[96];
#ifdef NASB_DEBUG_STATS
        // ok: backdoor-build-switch
        nasb_log(LOG_DEBUG, "ctl: %lu commands, %lu denied", stat_commands, stat_denied);
#endif
        snprintf(out, sizeof out, "OK %lu %lu\n", stat_commands, stat_denied);
        ctl_send(c, out);
    } else if (strcmp(line, "STATUS") == 0) {
        ctl_send(c, "OK idle\n");
    } else {
        ctl_send(c, "ERR verb\n");
    }
}

int ctl_listen(void)
{
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(NASB_CTL_PORT)};
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 8) != 0) {
        close(lfd);
        return -1;
    }
    return lfd;
}

void ctl_serve(int lfd)
{
    struct ctl_conn c;
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    char line[256];

    memset(&c, 0, sizeof c);
    c.fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    if (c.fd < 0)
        return;
    inet_ntop(AF_INET, &peer.sin_addr, c.peer_ip, sizeof c.peer_ip);
    // ok: backdoor-trusted-identity
    c.verbose = strcmp(c.peer_ip, "127.0.0.1") == 0;
    gcry_randomize(c.nonce, sizeof c.nonce, GCRY_STRONG_RANDOM);
    char hello[64] = "NASB1 ";
    for (size_t i = 0; i < sizeof c.nonce; i++)
        snprintf(hello + 6 + 2 * i, 3, "%02x", c.nonce[i]);
    strcat(hello, "\n");
    ctl_send(&c, hello);

    for (;;) {
        ssize_t n = recv(c.fd, line, sizeof line - 1, 0);
        if (n <= 0)
            break;
        line[n] = '\0';
        line[strcspn(line, "\r\n")] = '\0';
        if (strcmp(line, "QUIT") == 0)
            break;
        if (c.verbose)
            nasb_log(LOG_DEBUG, "ctl %s: %s", c.peer_ip, line);
        ctl_command(&c, line);
    }
    close(c.fd);
}
