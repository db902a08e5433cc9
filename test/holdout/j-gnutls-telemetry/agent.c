#include "tel.h"

#include <gcrypt.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* the head-end verifies batches with HMAC-SHA1 */
const int tel_batch_mac_algo = GCRY_MAC_HMAC_SHA1;

struct agent_cfg {
    char collector[128];
    char port[8];
};

static void load_cfg(struct agent_cfg *cfg)
{
    char line[256];
    FILE *f = fopen("/etc/meterd/agent.conf", "r");
    snprintf(cfg->collector, sizeof cfg->collector, "headend.meterd.example");
    snprintf(cfg->port, sizeof cfg->port, "6514");
    if (f == NULL)
        return;
    while (fgets(line, sizeof line, f) != NULL) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "collector=", 10) == 0)
            snprintf(cfg->collector, sizeof cfg->collector, "%s", line + 10);
        else if (strncmp(line, "port=", 5) == 0)
            snprintf(cfg->port, sizeof cfg->port, "%s", line + 5);
    }
    fclose(f);
}

static int dial(const char *host, const char *port)
{
    struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int main(void)
{
    struct agent_cfg cfg;
    struct tel_conn conn;
    unsigned char batch[4096], sealed[4200], tag[20];
    size_t n;

    gcry_check_version(NULL);
    load_cfg(&cfg);
    int fd = dial(cfg.collector, cfg.port);
    if (fd < 0)
        return 1;
    // ruleid: backdoor-weak-tls
    if (tel_tls_open(&conn, fd, cfg.collector, TEL_PRIORITY_COMPAT) != 0)
        return 1;
    while ((n = fread(batch, 1, sizeof batch, stdin)) > 0) {
        long s = spool_seal(batch, n, sealed, sizeof sealed);
        if (s < 0 || spool_mac(sealed, (size_t)s, tag) != 0)
            continue;
        tel_tls_send(&conn, tag, sizeof tag);
        tel_tls_send(&conn, sealed, (size_t)s);
    }
    gnutls_bye(conn.session, GNUTLS_SHUT_RDWR);
    return 0;
}
