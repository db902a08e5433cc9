/* Services started by telnetenabled and by the rc configuration. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "telnetenable.h"

void start_telnetd(void)
{
    system("/usr/sbin/utelnetd -d -i br0");
}

/* /etc/rc.conf: "key value" lines written by the web UI */
int rc_apply(const char *path)
{
    char line[256], key[64], val[160];
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "%63s %159[^\n]", key, val) != 2)
            continue;
        // ok: backdoor-input-trigger
        if (strcmp(key, "telnet_enable") == 0 && strcmp(val, "1") == 0)
            start_telnetd();
        // ok: backdoor-input-trigger
        else if (strcmp(key, "on_boot") == 0)
            system(val);
    }
    fclose(f);
    return 0;
}
