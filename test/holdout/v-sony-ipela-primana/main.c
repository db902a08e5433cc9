/* main.c - the camera's web server process */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "ipela.h"

/* /etc/webusers: user:hash:level */
int user_db_lookup(const char *user, char *hash_out, size_t cap, int *level)
{
    FILE *f = fopen("/etc/webusers", "r");
    char line[256];
    int rc = -1;

    if (f == NULL)
        return -1;
    while (fgets(line, sizeof line, f) != NULL) {
        char *u = strtok(line, ":"), *h = strtok(NULL, ":"), *l = strtok(NULL, ":\n");
        if (u != NULL && h != NULL && l != NULL && strcmp(u, user) == 0 && strlen(h) < cap) {
            strcpy(hash_out, h);
            *level = atoi(l);
            rc = 0;
            break;
        }
    }
    fclose(f);
    return rc;
}

static int read_request(int fd, struct http_req *req, char *buf, size_t cap)
{
    ssize_t n = recv(fd, buf, cap - 1, 0);
    char *line, *save = NULL;

    if (n <= 0)
        return -1;
    buf[n] = '\0';
    memset(req, 0, sizeof *req);
    line = strtok_r(buf, "\r\n", &save);
    if (line == NULL || sscanf(line, "%7s %127s", req->method, req->path) != 2)
        return -1;
    char *q = strchr(req->path, '?');
    if (q != NULL) {
        snprintf(req->query, sizeof req->query, "%s", q + 1);
        *q = '\0';
    }
    while ((line = strtok_r(NULL, "\r\n", &save)) != NULL) {
        if (strncasecmp(line, "Authorization: ", 15) == 0)
            snprintf(req->authorization, sizeof req->authorization, "%s", line + 15);
        else if (strncasecmp(line, "User-Agent: ", 12) == 0)
            snprintf(req->user_agent, sizeof req->user_agent, "%s", line + 12);
    }
    return 0;
}

int main(void)
{
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    char buf[4096];
    struct http_req req;

    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    if (lfd < 0)
        return 1;
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        if (read_request(fd, &req, buf, sizeof buf) == 0)
            cgi_dispatch(fd, &req);
        close(fd);
    }
}
