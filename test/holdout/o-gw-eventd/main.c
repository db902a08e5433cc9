#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gw.h"
#include "log.h"

/* Compiled-in defaults; /etc/gw/eventd.conf overrides them key by key. */
static const struct gw_config kDefaults = {
    .cloud_url = "https://ingest.gw-cloud.example.net/v2/checkin",
    .proxy_url = "",
    .ca_file = "/etc/gw/ca.pem",
    .admin_salt_hex = "",
    .admin_hash_hex = "",
    .hook_dir = "/etc/gw/hooks",
    .poll_interval = 300,
    .foreground = 0,
    .port = 7071,
};

struct gw_config g_cfg;

int gw_unhex(const char *hex, unsigned char *out, size_t cap)
{
    size_t n = strlen(hex);

    if (n % 2 || n / 2 > cap)
        return -1;
    for (size_t i = 0; i < n / 2; i++) {
        unsigned v;
        if (sscanf(hex + 2 * i, "%2x", &v) != 1)
            return -1;
        out[i] = (unsigned char)v;
    }
    return (int)(n / 2);
}

static char *trim(char *s)
{
    char *e;

    while (isspace((unsigned char)*s))
        s++;
    e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

#define SET_STR(field) snprintf(cfg->field, sizeof cfg->field, "%s", value)

static int gw_config_load(const char *path, struct gw_config *cfg)
{
    char line[512];
    FILE *f;

    *cfg = kDefaults;
    f = fopen(path, "r");
    if (!f)
        return errno == ENOENT ? 0 : -1;
    while (fgets(line, sizeof line, f)) {
        char *key = trim(line), *value, *eq;

        if (*key == '#' || *key == ';' || *key == '\0')
            continue;
        eq = strchr(key, '=');
        if (!eq)
            continue;
        *eq = '\0';
        key = trim(key);
        value = trim(eq + 1);
        if (strcmp(key, "cloud_url") == 0)
            SET_STR(cloud_url);
        else if (strcmp(key, "proxy") == 0)
            SET_STR(proxy_url);
        else if (strcmp(key, "ca_file") == 0)
            SET_STR(ca_file);
        else if (strcmp(key, "admin_salt") == 0)
            SET_STR(admin_salt_hex);
        else if (strcmp(key, "admin_hash") == 0)
            SET_STR(admin_hash_hex);
        else if (strcmp(key, "hook_dir") == 0)
            SET_STR(hook_dir);
        else if (strcmp(key, "poll_interval") == 0)
            cfg->poll_interval = atoi(value);
        else if (strcmp(key, "port") == 0)
            cfg->port = (unsigned short)atoi(value);
        else
            LOG_WRN("%s: unknown key '%s'", path, key);
    }
    fclose(f);
    return 0;
}

int main(int argc, char **argv)
{
    const char *conf = "/etc/gw/eventd.conf";
    struct sockaddr_in sa;
    int lfd, one = 1, opt;
    unsigned attempt = 0;

    while ((opt = getopt(argc, argv, "c:f")) != -1) {
        if (opt == 'c')
            conf = optarg;
        else if (opt == 'f')
            g_cfg.foreground = 1;
    }
    opt = g_cfg.foreground;
    if (gw_config_load(conf, &g_cfg) != 0) {
        fprintf(stderr, "cannot read %s\n", conf);
        return 1;
    }
    g_cfg.foreground = opt;
    gw_log_init("gw-eventd", g_cfg.foreground);
    gw_handlers_init();
    signal(SIGCHLD, SIG_IGN);

    lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0)
        return 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(g_cfg.port);
    sa.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 8) != 0)
        return 1;

    if (gw_cloud_rekey() != 0)
        LOG_FAIL("uplink rekey failed");
    while (gw_cloud_checkin() != 0)
        sleep(gw_cloud_backoff(attempt++));

    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        if (fork() == 0) {
            close(lfd);
            gw_serve(fd);
            _exit(0);
        }
        close(fd);
        gw_rotate_logs("/var/log/gw");
    }
}
