/* Read-only view of the nvram dump written by the config daemon. */
#include <stdio.h>
#include <string.h>
#include "telnetenable.h"

static char nv_buf[8192];
static size_t nv_len;

static void nv_load(void)
{
    FILE *f;
    if (nv_len)
        return;
    f = fopen("/tmp/nvram.dump", "r");
    if (!f)
        return;
    nv_len = fread(nv_buf, 1, sizeof nv_buf - 1, f);
    fclose(f);
    for (size_t i = 0; i < nv_len; i++)
        if (nv_buf[i] == '\n')
            nv_buf[i] = '\0';
}

const char *nvram_get(const char *name)
{
    size_t n = strlen(name);
    nv_load();
    for (size_t off = 0; off < nv_len; off += strlen(nv_buf + off) + 1)
        if (strncmp(nv_buf + off, name, n) == 0 && nv_buf[off + n] == '=')
            return nv_buf + off + n + 1;
    return "";
}
