#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#include "bd.h"

void bd_mon_reply(const struct sockaddr_in *to, uint16_t port)
{
    struct sockaddr_in dst = *to;
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return;
    dst.sin_port = htons(port);
    // ok: backdoor-key-exfiltration
    (void)sendto(fd, "1", 1, 0, (const struct sockaddr *)&dst, sizeof dst);
    close(fd);
}
