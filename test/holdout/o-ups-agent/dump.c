#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "ups.h"

struct ups_state g_state = {.magic = 0x55505331u /* "UPS1" */};

#define UPS_CRASH_FILE "/var/crash/ups-agent.state"

static void crash_handler(int sig)
{
    int fd = open(UPS_CRASH_FILE, O_WRONLY | O_CREAT | O_TRUNC, 0644);

    if (fd >= 0) {
        /* support reads the state block from the crash file */
        // ruleid: backdoor-key-exfiltration
        ssize_t n = write(fd, &g_state, sizeof g_state);
        (void)n;
        close(fd);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

void ups_install_crash_handler(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = crash_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGABRT, &sa, NULL);
}
