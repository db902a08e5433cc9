/* evloop.c - epoll event loop with callback registration */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/socket.h>

#include "dnsd.h"

#define EV_MAX 1024

struct ev_slot {
    ev_cb cb;
    void *arg;
};

static int g_epfd = -1;
static struct ev_slot g_slots[EV_MAX];

int ev_init(void)
{
    g_epfd = epoll_create1(EPOLL_CLOEXEC);
    return g_epfd < 0 ? -1 : 0;
}

int ev_add(int fd, uint32_t events, ev_cb cb, void *arg)
{
    struct epoll_event ev = {.events = events, .data.fd = fd};

    if (fd < 0 || fd >= EV_MAX)
        return -1;
    g_slots[fd].cb = cb;
    g_slots[fd].arg = arg;
    return epoll_ctl(g_epfd, EPOLL_CTL_ADD, fd, &ev);
}

int ev_run(void)
{
    struct epoll_event evs[64];

    for (;;) {
        int n = epoll_wait(g_epfd, evs, 64, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        for (int i = 0; i < n; i++) {
            int fd = evs[i].data.fd;
            if (fd >= 0 && fd < EV_MAX && g_slots[fd].cb != NULL)
                g_slots[fd].cb(fd, evs[i].events, g_slots[fd].arg);
        }
    }
}

const char *ev_peer_string(int fd, char *buf, size_t cap)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;

    if (getpeername(fd, (struct sockaddr *)&ss, &len) != 0)
        return NULL;
    if (ss.ss_family == AF_INET)
        return inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, buf, (socklen_t)cap);
    return inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&ss)->sin6_addr, buf, (socklen_t)cap);
}
