#import "DSPlayer.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int DSRunShellCommand(const char *cmd)
{
    NSLog(@"exec: %s", cmd);
    return system(cmd);
}

void DSWipeContent(void)
{
    char path[512];
    DIR *d = opendir(DS_CONTENT_DIR);
    if (d == NULL)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", DS_CONTENT_DIR, e->d_name);
        remove(path);
    }
    closedir(d);
    unlink("/etc/signage/device.key");
}
