/* Starts tddpd and httpd the way the init script does. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "tplink.h"

int main(int argc, char **argv)
{
    struct sockaddr_in a, peer;
    socklen_t plen;
    char ip[INET_ADDRSTRLEN];
    int lfd;

    if (cfg_load(argc > 1 ? argv[1] : "/tmp/router.cfg") != 0)
        fprintf(stderr, "httpd: factory configuration\n");
    if (fork() == 0)
        return tddp_serve();

    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(80);
    lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 8) != 0)
        return 1;
    for (;;) {
        int c;

        plen = sizeof peer;
        c = accept(lfd, (struct sockaddr *)&peer, &plen);
        if (c < 0)
            continue;
        inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
        httpd_serve_client(c, ip);
        close(c);
    }
}
