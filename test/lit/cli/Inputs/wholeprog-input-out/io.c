#include "link.h"
#include <stdio.h>
#include <sys/socket.h>

/* A length byte, then the frame, from the coordinator's socket. */
int link_read_frame(int fd, uint8_t *buf, size_t cap)
{
    uint8_t len;
    size_t got = 0;
    if (recv(fd, &len, 1, MSG_WAITALL) != 1 || len > cap)
        return -1;
    while (got < len) {
        ssize_t r = recv(fd, buf + got, len - got, 0);
        if (r <= 0)
            return -1;
        got += (size_t)r;
    }
    return (int)len;
}

/* A frame saved by the installer, from a file the program opens itself. */
int load_frame(const char *path, uint8_t *buf, size_t cap)
{
    FILE *f = fopen(path, "rb");
    size_t n;
    if (!f)
        return -1;
    n = fread(buf, 1, cap, f);
    fclose(f);
    return (int)n;
}
