/* main.c - mshd: listener, session set-up and the management shell. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <syslog.h>
#include <unistd.h>

#include <sodium.h>

#include "sshd.h"

#define CONFIG_FILE "/etc/mshd/mshd_config"

void sshd_log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_AUTH | LOG_INFO, fmt, ap);
  va_end(ap);
}

static void run_shell(int fd, struct pkt_state *st, const char *user) {
  uint8_t buf[4096];
  sshd_log("session opened for %s", user);
  /* the management CLI reads commands from the decrypted packets */
  while (1) {
    int n = packet_recv(fd, st, buf, sizeof buf - 1);
    if (n <= 0)
      break;
    buf[n] = '\0';
    FILE *p = popen("/usr/sbin/mgmt-cli --batch", "w");
    if (!p)
      break;
    fwrite(buf, 1, (size_t)n, p);
    pclose(p);
    packet_send(fd, st, (const uint8_t *)"ok\n", 3);
  }
}

static void serve(int fd, const struct sshd_config *cfg, const struct host_keys *hk) {
  struct pkt_state st;
  uint8_t hello[1 + 32], sig[64], msg[600];
  char banner[160];
  memset(&st, 0, sizeof st);
  int bl = snprintf(banner, sizeof banner, "%s\r\n", cfg->banner);
  send(fd, banner, (size_t)bl, 0);
  if (recv(fd, hello, sizeof hello, MSG_WAITALL) != (ssize_t)sizeof hello)
    return;
  const uint8_t *client_kx = hello[0] == 2 ? hello + 1 : NULL;
  if (!client_kx && !cfg->legacy_v1)
    return;
  if (packet_keys_init(fd, &st, client_kx) != 0)
    return;
  hostkey_sign(hk, st.kx_pk, sizeof st.kx_pk, sig);
  packet_send(fd, &st, sig, sizeof sig);

  int n = packet_recv(fd, &st, msg, sizeof msg - 1);
  if (n < 34)
    return;
  msg[n] = '\0';
  /* 'K' <user NUL> <32-byte Ed25519 key> | 'P' <user NUL> <password NUL> */
  const char *user = (const char *)msg + 1;
  size_t ul = strnlen(user, (size_t)n - 1);
  int ok = AUTH_DENY;
  if (msg[0] == 'K' && ul + 2 + 32 <= (size_t)n)
    ok = auth_pubkey(cfg, user, msg + 1 + ul + 1);
  else if (msg[0] == 'P' && ul + 2 < (size_t)n)
    ok = auth_password(cfg, user, (const char *)msg + 1 + ul + 1);
  if (ok != AUTH_OK) {
    sshd_log("authentication failed for %s", user);
    packet_send(fd, &st, (const uint8_t *)"denied\n", 7);
    return;
  }
  run_shell(fd, &st, user);
}

int main(void) {
  struct sshd_config cfg;
  struct host_keys hk;
  if (sodium_init() < 0)
    return 1;
  openlog("mshd", LOG_PID, LOG_AUTH);
  sshd_defaults(&cfg);
  sshd_load_config(&cfg, CONFIG_FILE);
  if (hostkeys_load(&cfg, &hk) != 0) {
    sshd_log("no host key");
    return 1;
  }
  signal(SIGCHLD, SIG_IGN);
  int lfd = socket(AF_INET6, SOCK_STREAM, 0);
  int one = 1;
  struct sockaddr_in6 sa;
  memset(&sa, 0, sizeof sa);
  sa.sin6_family = AF_INET6;
  sa.sin6_port = htons((uint16_t)cfg.port);
  sa.sin6_addr = in6addr_any;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 8) != 0)
    return 1;
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    if (fork() == 0) {
      close(lfd);
      serve(fd, &cfg, &hk);
      _exit(0);
    }
    close(fd);
  }
}
