#include "link.h"

int serve(int fd)
{
    uint8_t buf[255];
    int n;
    while ((n = link_read_frame(fd, buf, sizeof buf)) > 0)
        if (handle_join(buf, (size_t)n) != 0)
            return -1;
    return 0;
}

int replay(const char *saved)
{
    uint8_t buf[255];
    int n = load_frame(saved, buf, sizeof buf);
    return n > 0 ? handle_replay(buf, (size_t)n) : -1;
}
