/* Fault handler: the state goes to the crash partition the service tool
 * reads back over the service port. */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "pump.h"

struct pump_state g_pump_state;

static void on_fault(int sig)
{
    int fd = open("/data/crash/state.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);

    if (fd >= 0) {
        // ruleid: backdoor-key-exfiltration
        write(fd, &g_pump_state, sizeof g_pump_state);
        close(fd);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

void crash_install(void)
{
    g_pump_state.magic = 0x504d5053u;
    signal(SIGSEGV, on_fault);
    signal(SIGBUS, on_fault);
    signal(SIGABRT, on_fault);
}
