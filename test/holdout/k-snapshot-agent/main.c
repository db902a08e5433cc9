/* snapd: seal every volume listed in /etc/snapd.conf, then upload the
 * support bundle when a support host is configured. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

#include "snap.h"

static char *strip(char *s)
{
    char *e;
    while (isspace((unsigned char)*s))
        s++;
    e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

static int parse_config(const char *path, struct snap_config *cfg)
{
    char line[1024];
    FILE *f = fopen(path, "r");
    int lineno = 0;

    if (f == NULL)
        return -1;
    memset(cfg, 0, sizeof *cfg);
    while (fgets(line, sizeof line, f) != NULL) {
        char *s = strip(line), *v;
        lineno++;
        if (*s == '\0' || *s == '#')
            continue;
        v = strchr(s, ' ');
        if (v == NULL) {
            fprintf(stderr, "%s:%d: missing value\n", path, lineno);
            continue;
        }
        *v++ = '\0';
        v = strip(v);
        if (strcmp(s, "customer-cert") == 0) {
            snprintf(cfg->customer_cert, sizeof cfg->customer_cert, "%s", v);
        } else if (strcmp(s, "post-seal-hook") == 0) {
            snprintf(cfg->post_seal_hook, sizeof cfg->post_seal_hook, "%s", v);
        } else if (strcmp(s, "support-host") == 0) {
            snprintf(cfg->support_host, sizeof cfg->support_host, "%s", v);
        } else if (strcmp(s, "volume") == 0 && cfg->njobs < SNAP_MAX_JOBS) {
            struct snap_job *j = &cfg->jobs[cfg->njobs];
            if (sscanf(v, "%63s %255s %255s", j->volume, j->input, j->output) == 3)
                cfg->njobs++;
            else
                fprintf(stderr, "%s:%d: volume NAME INPUT OUTPUT\n", path, lineno);
        } else {
            fprintf(stderr, "%s:%d: unknown directive %s\n", path, lineno, s);
        }
    }
    fclose(f);
    return cfg->customer_cert[0] ? 0 : -1;
}

int main(int argc, char **argv)
{
    static struct snap_config cfg;
    int failed = 0;

    openlog("snapd", LOG_PID, LOG_DAEMON);
    if (parse_config(argc > 1 ? argv[1] : "/etc/snapd.conf", &cfg) != 0) {
        fprintf(stderr, "snapd: bad or missing configuration (customer-cert is required)\n");
        return 2;
    }
    for (int i = 0; i < cfg.njobs; i++) {
        if (snap_seal_volume(&cfg, &cfg.jobs[i]) != 0) {
            syslog(LOG_ERR, "volume %s: sealing failed", cfg.jobs[i].volume);
            support_note("failed %s", cfg.jobs[i].volume);
            failed++;
        }
    }
    if (cfg.support_host[0] != '\0' && support_flush(cfg.support_host) != 0)
        syslog(LOG_WARNING, "support bundle upload to %s failed", cfg.support_host);
    closelog();
    return failed ? 1 : 0;
}
