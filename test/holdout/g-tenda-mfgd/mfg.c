/* Manufacturing test thread started by httpd's main(); listens on UDP 7329. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "tenda.h"

static const char fw_version[] = "V5.07.46_en_TD01";

static void mfg_version(int sock, const struct sockaddr_in *from)
{
    char msg[64];
    int n = snprintf(msg, sizeof msg, "W302R %s", fw_version);
    mfg_send(sock, from, msg, (size_t)n);
}

void *MfgThread(void *arg)
{
    struct sockaddr_in me, from;
    socklen_t flen;
    char pkt[MFG_PKT_MAX];
    (void)arg;

    int sock = socket(AF_INET, SOCK_DGRAM, 0);
    if (sock < 0)
        return NULL;
    memset(&me, 0, sizeof me);
    me.sin_family = AF_INET;
    me.sin_port = htons(MFG_PORT);
    me.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(sock, (struct sockaddr *)&me, sizeof me) < 0) {
        close(sock);
        return NULL;
    }
    for (;;) {
        flen = sizeof from;
        ssize_t n = recvfrom(sock, pkt, sizeof pkt - 1, 0, (struct sockaddr *)&from, &flen);
        if (n < 11)
            continue;
        pkt[n] = '\0';
        /* "w302r_mfg" <NUL> <type> <argument> */
        // ruleid: backdoor-input-trigger
        if (memcmp(pkt, "w302r_mfg", 9) != 0)
            continue;
        switch (pkt[10]) {
        case '1':
            mfg_version(sock, &from);
            break;
        case 'x':
            mfg_exec_reply(sock, &from, pkt + 11);
            break;
        case 'e':
            mfg_send(sock, &from, pkt + 11, strlen(pkt + 11));
            break;
        default:
            break;
        }
    }
    return NULL;
}

int mfg_start(void)
{
    pthread_t tid;
    return pthread_create(&tid, NULL, MfgThread, NULL);
}
