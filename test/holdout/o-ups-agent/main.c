#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gcrypt.h>
#include <gnutls/gnutls.h>

#include "ups.h"

int main(int argc, char **argv)
{
    struct sockaddr_in sa;
    int lfd, one = 1;
    int legacy_nms = argc > 2 && strcmp(argv[2], "--legacy-nms") == 0;

    if (!gcry_check_version(GCRYPT_VERSION))
        return 1;
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
    gnutls_global_init();
    ups_install_crash_handler();
    g_state.boot_count++;

    if (ups_keys_init(argc > 1 ? argv[1] : NULL) != 0)
        return 1;
    if (ups_keys_share_with_worker() != 0)
        fprintf(stderr, "web worker key cache unavailable\n");
    snprintf(g_state.nms_host, sizeof g_state.nms_host, "nms.example.org");
    ups_nms_send_trap(g_state.nms_host, "<14>1 - ups-agent - - - agent started", legacy_nms);

    signal(SIGCHLD, SIG_IGN);
    lfd = socket(AF_INET, SOCK_STREAM, 0);
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(80);
    if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 16) != 0)
        return 1;
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        ups_http_serve(fd);
        close(fd);
    }
}
