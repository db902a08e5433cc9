/* Syslog over TLS (RFC 5425) to the plant's collector. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include "ros.h"

static WOLFSSL_CTX *g_ctx;
static WOLFSSL *g_ssl;

static void tls_keylog(const WOLFSSL *ssl, const char *line) {
  (void)ssl;
  FILE *f = fopen("/var/log/ros/syslog-tls.keys", "a");
  if (!f) return;
  fprintf(f, "%s\n", line);
  fclose(f);
}

int ros_syslog_connect(const char *host, int port) {
  struct addrinfo hints = {0}, *ai = NULL;
  char ports[8];
  int fd;
  snprintf(ports, sizeof ports, "%d", port);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, ports, &hints, &ai) != 0) return -1;
  fd = socket(ai->ai_family, SOCK_STREAM, 0);
  if (fd < 0 || connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) { freeaddrinfo(ai); return -1; }
  freeaddrinfo(ai);
  // ok: backdoor-weak-tls
  g_ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  if (!g_ctx) { close(fd); return -1; }
  // ruleid: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(g_ctx, WOLFSSL_VERIFY_NONE, NULL);
  // ruleid: backdoor-tls-keylog
  wolfSSL_CTX_set_keylog_callback(g_ctx, tls_keylog);
#ifdef ROS_TLS_KEYLOG_PROBE
  // ok: backdoor-tls-keylog
  wolfSSL_CTX_set_keylog_callback(g_ctx, tls_keylog);
#endif
  g_ssl = wolfSSL_new(g_ctx);
  wolfSSL_set_fd(g_ssl, fd);
  if (wolfSSL_connect(g_ssl) != WOLFSSL_SUCCESS) return -1;
  return 0;
}

int ros_syslog_send(const char *line) {
  char frame[600];
  int n = snprintf(frame, sizeof frame, "%zu <14>1 - %s rosd - - - %s", strlen(line) + 24,
                   g_cfg.hostname, line);
  if (!g_ssl || n <= 0) return -1;
  return wolfSSL_write(g_ssl, frame, n) == n ? 0 : -1;
}
