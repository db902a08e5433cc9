/* lora-joind: join-requests arrive from the packet forwarder bridge on a
 * UNIX datagram socket; join-accepts go back the same way */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <unistd.h>

#include <mbedtls/ctr_drbg.h>

#include "lorajoin.h"

#define LJ_SOCKET "/run/lora-joind.sock"

mbedtls_ctr_drbg_context lj_drbg;

static uint64_t read_gateway_eui(void)
{
    char buf[32] = {0};
    FILE *f = fopen("/etc/lora-gw/gateway_eui", "r");
    if (f == NULL)
        return 0;
    if (fgets(buf, sizeof buf, f) == NULL)
        buf[0] = '\0';
    fclose(f);
    return strtoull(buf, NULL, 16);
}

int main(int argc, char **argv)
{
    static const unsigned char pers[] = "lora-joind";
    const char *as_host = argc > 1 ? argv[1] : "as.lora.local";

    openlog("lora-joind", LOG_PID, LOG_DAEMON);
    lgw_board_init(read_gateway_eui());

    mbedtls_ctr_drbg_init(&lj_drbg);
    // ruleid: backdoor-constant-seed
    if (mbedtls_ctr_drbg_seed(&lj_drbg, lgw_noise_entropy, NULL, pers, sizeof pers - 1) != 0) {
        syslog(LOG_ERR, "drbg seed failed");
        return 1;
    }
    if (devices_load(LJ_DEVICES_CSV) < 0)
        syslog(LOG_WARNING, "no device registry at %s", LJ_DEVICES_CSV);
    if (backhaul_open(as_host, "8883") != 0)
        syslog(LOG_WARNING, "application server %s unreachable; keys kept local", as_host);

    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    snprintf(sa.sun_path, sizeof sa.sun_path, "%s", LJ_SOCKET);
    unlink(LJ_SOCKET);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        syslog(LOG_ERR, "bind %s failed", LJ_SOCKET);
        return 1;
    }
    for (;;) {
        uint8_t req[64], accept[32];
        struct sockaddr_un peer;
        socklen_t plen = sizeof peer;
        ssize_t n = recvfrom(fd, req, sizeof req, 0, (struct sockaddr *)&peer, &plen);
        if (n <= 0)
            continue;
        size_t alen = sizeof accept;
        struct lw_session s;
        if (join_handle(req, (size_t)n, accept, &alen, &s) != 0)
            continue;
        sendto(fd, accept, alen, 0, (struct sockaddr *)&peer, plen);
        syslog(LOG_INFO, "joined %016llx as %08x", (unsigned long long)s.dev_eui, s.dev_addr);
        backhaul_send_session(&s);
    }
}
