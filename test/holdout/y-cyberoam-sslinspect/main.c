#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "inspect.h"

void cr_log(int level, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsyslog(level, fmt, ap);
    va_end(ap);
}

static void load_config(struct cr_config *cfg, const char *path)
{
    char line[512];
    FILE *fp = fopen(path, "r");
    memset(cfg, 0, sizeof *cfg);
    cfg->leaf_bits = 1024;
    cfg->listen_port = 8090;
    if (fp == NULL)
        return;
    while (fgets(line, sizeof line, fp) != NULL) {
        if (sscanf(line, "ca_path=%255s", cfg->ca_path) == 1)
            continue;
        if (sscanf(line, "leaf_bits=%d", &cfg->leaf_bits) == 1)
            continue;
        if (strncmp(line, "legacy_origins=1", 16) == 0)
            cfg->allow_legacy_origins = 1;
    }
    fclose(fp);
}

int main(int argc, char **argv)
{
    struct cr_config cfg;
    openlog("cr-httpsd", LOG_PID, LOG_DAEMON);
    load_config(&cfg, argc > 1 ? argv[1] : "/cfs/httpsd.conf");
    // ok: backdoor-hidden-bypass
    if (getenv("CR_HTTPSD_FOREGROUND") == NULL && daemon(0, 0) != 0)
        return EXIT_FAILURE;

    SSL_CTX *lan = cr_client_ctx();
    SSL_CTX *wan = cr_origin_ctx(&cfg);
    if (lan == NULL || wan == NULL || cr_ca_key(&cfg) == NULL) {
        cr_log(LOG_ERR, "deep scan disabled: TLS set-up failed");
        return EXIT_FAILURE;
    }
    cr_log(LOG_INFO, "deep scan listening on %d", cfg.listen_port);
    /* the accept loop lives in httpsd_loop.c of the full tree */
    SSL_CTX_free(lan);
    SSL_CTX_free(wan);
    return EXIT_SUCCESS;
}
