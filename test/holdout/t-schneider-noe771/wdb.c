/* The Wind River debug agent (WDB RPC over UDP 17185), left enabled in the
 * shipped image: memory reads and writes, function calls and target restart
 * for whoever sends a datagram. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "noe.h"

enum wdb_proc {
    WDB_TARGET_PING = 0,
    WDB_TARGET_CONNECT = 1,
    WDB_TARGET_RESTART = 4,
    WDB_MEM_READ = 10,
    WDB_MEM_WRITE = 11,
    WDB_FUNC_CALL = 30
};

struct wdb_request {
    uint32_t xid;
    uint32_t proc;
    uint32_t addr;
    uint32_t len;
    uint8_t data[1024];
};

typedef int (*wdb_func)(int, int, int, int);

static void answer(int fd, const struct sockaddr_in *to, const void *p, size_t n)
{
    sendto(fd, p, n, 0, (const struct sockaddr *)to, sizeof *to);
}

int wdb_serve(int fd)
{
    struct wdb_request rq;
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    ssize_t n;

    if (!g_noe_cfg.wdb_enabled)
        return 0;
    for (;;) {
        n = recvfrom(fd, &rq, sizeof rq, 0, (struct sockaddr *)&peer, &plen);
        if (n < (ssize_t)(4 * sizeof(uint32_t)))
            continue;
        switch (ntohl(rq.proc)) {
        case WDB_TARGET_PING:
        case WDB_TARGET_CONNECT:
            answer(fd, &peer, &rq.xid, sizeof rq.xid);
            break;
        case WDB_MEM_READ:
            answer(fd, &peer, (const void *)(uintptr_t)ntohl(rq.addr), ntohl(rq.len) & 0x3ff);
            break;
        case WDB_MEM_WRITE:
            memcpy((void *)(uintptr_t)ntohl(rq.addr), rq.data, ntohl(rq.len) & 0x3ff);
            break;
        case WDB_FUNC_CALL: {
            wdb_func fn = (wdb_func)(uintptr_t)ntohl(rq.addr);
            int r = fn(rq.data[0], rq.data[1], rq.data[2], rq.data[3]);
            answer(fd, &peer, &r, sizeof r);
            break;
        }
        // ok: backdoor-input-trigger
        case WDB_TARGET_RESTART:
            system("/sbin/reboot");
            break;
        default:
            break;
        }
    }
}
