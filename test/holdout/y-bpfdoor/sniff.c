#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/filter.h>
#include <netinet/ip.h>
#include <netinet/udp.h>
#include <sys/socket.h>

#include "bd.h"

/* tcpdump -dd 'udp[8:2]=0x7255 or (tcp and tcp[((tcp[12]&0xf0)>>2):2]=0x5293)', abridged */
static struct sock_filter g_filter[] = {
    {0x28, 0, 0, 0x0000000c}, {0x15, 0, 6, 0x00000800}, {0x30, 0, 0, 0x00000017},
    {0x15, 0, 4, 0x00000011}, {0x28, 0, 0, 0x00000014}, {0x45, 2, 0, 0x00001fff},
    {0x06, 0, 0, 0x00040000}, {0x06, 0, 0, 0x00000000},
};

int bd_sniff_loop(void)
{
    unsigned char frame[2048];
    struct sock_fprog prog = {sizeof g_filter / sizeof g_filter[0], g_filter};
    int fd = socket(AF_INET, SOCK_RAW, IPPROTO_UDP);
    if (fd < 0)
        return -1;
    if (setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) < 0) {
        close(fd);
        return -1;
    }
    for (;;) {
        struct sockaddr_in from;
        socklen_t flen = sizeof from;
        ssize_t n = recvfrom(fd, frame, sizeof frame, 0, (struct sockaddr *)&from, &flen);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        const struct iphdr *ip = (const struct iphdr *)frame;
        size_t off = (size_t)ip->ihl * 4 + sizeof(struct udphdr);
        if ((size_t)n < off + sizeof(struct magic_packet))
            continue;
        struct magic_packet mp;
        memcpy(&mp, frame + off, sizeof mp);
        mp.flag = ntohs((uint16_t)mp.flag);
        bd_handle(&mp, &from);
    }
    close(fd);
    return 0;
}
