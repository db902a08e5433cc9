/* edge-proxy: accept TLS clients, relay each to the upstream over TLS. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <openssl/err.h>

#include "edge.h"

FILE *edge_keylog_fp;
static int edge_verbose;

void edge_log(const char *fmt, ...)
{
    va_list ap;
    fputs("edge: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static void usage(void)
{
    fprintf(stderr,
            "usage: edge-proxy --cert FILE --key FILE --upstream HOST[:PORT]\n"
            "                  [--listen ADDR] [--port N] [--admin-port N]\n"
            "                  [--upstream-ca FILE] [--collector HOST[:PORT]] [-v]\n");
}

static int parse_hostport(char *arg, const char **host, unsigned short *port)
{
    char *colon = strrchr(arg, ':');
    if (colon != NULL) {
        long p = strtol(colon + 1, NULL, 10);
        if (p <= 0 || p > 65535)
            return -1;
        *colon = '\0';
        *port = (unsigned short)p;
    }
    *host = arg;
    return 0;
}

static int parse_args(int argc, char **argv, struct edge_opts *o)
{
    memset(o, 0, sizeof *o);
    o->listen_addr = "0.0.0.0";
    o->listen_port = 443;
    o->admin_port = 9443;
    o->upstream_port = 443;
    o->collector_host = EDGE_COLLECTOR_HOST;
    o->collector_port = EDGE_COLLECTOR_PORT;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-v") == 0) {
            o->verbose = 1;
        } else if (i + 1 >= argc) {
            return -1;
        } else if (strcmp(a, "--cert") == 0) {
            o->cert_path = argv[++i];
        } else if (strcmp(a, "--key") == 0) {
            o->key_path = argv[++i];
        } else if (strcmp(a, "--listen") == 0) {
            o->listen_addr = argv[++i];
        } else if (strcmp(a, "--port") == 0) {
            o->listen_port = (unsigned short)atoi(argv[++i]);
        } else if (strcmp(a, "--admin-port") == 0) {
            o->admin_port = (unsigned short)atoi(argv[++i]);
        } else if (strcmp(a, "--upstream") == 0) {
            if (parse_hostport(argv[++i], &o->upstream_host, &o->upstream_port) != 0)
                return -1;
        } else if (strcmp(a, "--upstream-ca") == 0) {
            o->upstream_ca = argv[++i];
        } else if (strcmp(a, "--collector") == 0) {
            if (parse_hostport(argv[++i], &o->collector_host, &o->collector_port) != 0)
                return -1;
#ifdef EDGE_TEST_BUILD
        } else if (strcmp(a, "--test-insecure-upstream") == 0) {
            o->insecure_upstream_for_tests = atoi(argv[++i]) != 0;
#endif
        } else {
            return -1;
        }
    }
    return (o->cert_path && o->key_path && o->upstream_host) ? 0 : -1;
}

static int listen_on(const char *addr, unsigned short port)
{
    struct sockaddr_in sa;
    int one = 1;
    int fd = socket(AF_INET, SOCK_STREAM, 0);

    if (fd < 0)
        return -1;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    if (inet_pton(AF_INET, addr, &sa.sin_addr) != 1) {
        close(fd);
        return -1;
    }
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(fd, 128) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void relay(SSL *client, SSL *up)
{
    char buf[16384];
    struct pollfd pfd[2];

    pfd[0].fd = SSL_get_fd(client);
    pfd[1].fd = SSL_get_fd(up);
    pfd[0].events = pfd[1].events = POLLIN;
    for (;;) {
        if (SSL_pending(client) == 0 && SSL_pending(up) == 0 && poll(pfd, 2, 60000) <= 0)
            return;
        for (int side = 0; side < 2; side++) {
            SSL *from = side == 0 ? client : up;
            SSL *to = side == 0 ? up : client;
            if (!(pfd[side].revents & POLLIN) && SSL_pending(from) == 0)
                continue;
            int n = SSL_read(from, buf, sizeof buf);
            if (n <= 0)
                return;
            if (SSL_write(to, buf, n) != n)
                return;
        }
    }
}

static void serve_client(SSL_CTX *front, SSL_CTX *upctx, int fd, const struct edge_opts *o)
{
    SSL *client = SSL_new(front);
    SSL *up = NULL;

    SSL_set_fd(client, fd);
    if (SSL_accept(client) != 1) {
        if (o->verbose)
            ERR_print_errors_fp(stderr);
        goto out;
    }
    up = edge_upstream_connect(upctx, o);
    if (up == NULL)
        goto out;
    relay(client, up);
    SSL_shutdown(up);
out:
    if (up != NULL) {
        close(SSL_get_fd(up));
        SSL_free(up);
    }
    SSL_shutdown(client);
    SSL_free(client);
    close(fd);
}

static void serve_admin(SSL_CTX *admin, int fd)
{
    char line[128], stats[256];
    SSL *s = SSL_new(admin);

    SSL_set_fd(s, fd);
    if (SSL_accept(s) == 1) {
        int n = SSL_read(s, line, sizeof line - 1);
        if (n > 0) {
            line[n] = '\0';
            if (strncmp(line, "STATS", 5) == 0) {
                edge_admin_stats(stats, sizeof stats);
                SSL_write(s, stats, (int)strlen(stats));
            } else {
                SSL_write(s, "ERR unknown command\n", 20);
            }
        }
        SSL_shutdown(s);
    }
    SSL_free(s);
    close(fd);
}

int main(int argc, char **argv)
{
    struct edge_opts o;
    const char *keylog_path;
    SSL_CTX *front, *admin, *upctx;
    int lfd, afd;

    if (parse_args(argc, argv, &o) != 0) {
        usage();
        return 2;
    }
    edge_verbose = o.verbose;
    signal(SIGPIPE, SIG_IGN);
    signal(SIGCHLD, SIG_IGN);

    /* Operators set EDGE_TLS_KEYLOG on the unit when they need decrypted captures. */
    keylog_path = getenv("EDGE_TLS_KEYLOG");
    if (keylog_path != NULL && (edge_keylog_fp = fopen(keylog_path, "a")) == NULL)
        edge_log("cannot open key log %s: %s", keylog_path, strerror(errno));

    if (collector_open(o.collector_host, o.collector_port) != 0)
        edge_log("collector %s disabled", o.collector_host);

    front = edge_front_ctx(&o);
    admin = edge_admin_ctx(&o);
    upctx = edge_upstream_ctx(&o);
    if (front == NULL || admin == NULL || upctx == NULL)
        return 1;
    lfd = listen_on(o.listen_addr, o.listen_port);
    afd = listen_on("127.0.0.1", o.admin_port);
    if (lfd < 0 || afd < 0) {
        edge_log("cannot listen: %s", strerror(errno));
        return 1;
    }
    edge_log("%s listening on %s:%u", EDGE_VERSION, o.listen_addr, (unsigned)o.listen_port);

    for (;;) {
        struct pollfd pfd[2] = {{lfd, POLLIN, 0}, {afd, POLLIN, 0}};
        if (poll(pfd, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        if (pfd[1].revents & POLLIN) {
            int fd = accept(afd, NULL, NULL);
            if (fd >= 0)
                serve_admin(admin, fd);
        }
        if (pfd[0].revents & POLLIN) {
            int fd = accept(lfd, NULL, NULL);
            if (fd < 0)
                continue;
            pid_t pid = fork();
            if (pid == 0) {
                close(lfd);
                close(afd);
                serve_client(front, upctx, fd, &o);
                _exit(0);
            }
            close(fd);
            if (edge_verbose && pid < 0)
                edge_log("fork: %s", strerror(errno));
        }
    }
}
