/* noe771d: configuration, logging and the listeners. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "noe.h"

struct noe_config g_noe_cfg;

void noe_log(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsyslog(LOG_INFO, fmt, ap);
    va_end(ap);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

static void unhex(const char *s, unsigned char *out, size_t n)
{
    for (size_t i = 0; i < n && s[2 * i] && s[2 * i + 1]; i++)
        out[i] = (unsigned char)(hexval(s[2 * i]) << 4 | hexval(s[2 * i + 1]));
}

int noe_load_config(const char *path, struct noe_config *cfg)
{
    char key[64], value[160];
    FILE *f = fopen(path, "r");

    if (f == NULL)
        return -1;
    memset(cfg, 0, sizeof *cfg);
    cfg->wdb_enabled = 1;
    while (fscanf(f, "%63s %159s", key, value) == 2) {
        if (strcmp(key, "web_user") == 0)
            snprintf(cfg->web_user, sizeof cfg->web_user, "%s", value);
        else if (strcmp(key, "web_hash") == 0)
            unhex(value, cfg->web_hash, sizeof cfg->web_hash);
        else if (strcmp(key, "web_salt") == 0)
            unhex(value, cfg->web_salt, sizeof cfg->web_salt);
        else if (strcmp(key, "ftp_user") == 0)
            snprintf(cfg->ftp_user, sizeof cfg->ftp_user, "%s", value);
        else if (strcmp(key, "ftp_hash") == 0)
            unhex(value, cfg->ftp_hash, sizeof cfg->ftp_hash);
        else if (strcmp(key, "ftp_salt") == 0)
            unhex(value, cfg->ftp_salt, sizeof cfg->ftp_salt);
        else if (strcmp(key, "https") == 0)
            cfg->https_enabled = atoi(value);
        else if (strcmp(key, "legacy_browsers") == 0)
            cfg->legacy_browser_support = atoi(value);
        else if (strcmp(key, "https_cert") == 0)
            snprintf(cfg->https_cert_path, sizeof cfg->https_cert_path, "%s", value);
        else if (strcmp(key, "https_key") == 0)
            snprintf(cfg->https_key_path, sizeof cfg->https_key_path, "%s", value);
        else if (strcmp(key, "wdb") == 0)
            cfg->wdb_enabled = atoi(value);
    }
    fclose(f);
    return 0;
}

static int listen_on(int type, unsigned short port)
{
    struct sockaddr_in a;
    int fd = socket(AF_INET, type, 0);

    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0)
        return -1;
    if (type == SOCK_STREAM)
        listen(fd, 4);
    return fd;
}

int main(int argc, char **argv)
{
    const char *conf = argc > 1 ? argv[1] : "/FLASH0/noe771.cfg";
    int ftp, tel, web, wdb;

    openlog("noe771d", LOG_PID, LOG_DAEMON);
    srand((unsigned)time(NULL));
    if (noe_load_config(conf, &g_noe_cfg) != 0)
        noe_log("no configuration at %s, factory settings", conf);
    if (http_init() != 0)
        noe_log("HTTPS disabled");

    ftp = listen_on(SOCK_STREAM, 21);
    tel = listen_on(SOCK_STREAM, 23);
    web = listen_on(SOCK_STREAM, 80);
    wdb = listen_on(SOCK_DGRAM, 17185);
    if (fork() == 0)
        return wdb_serve(wdb);
    for (;;) {
        int c;
        if ((c = accept(ftp, NULL, NULL)) >= 0 && fork() == 0)
            return ftpd_session(c);
        if ((c = accept(tel, NULL, NULL)) >= 0 && fork() == 0)
            return telnetd_session(c);
        if ((c = accept(web, NULL, NULL)) >= 0 && fork() == 0)
            return http_session(c);
    }
}
