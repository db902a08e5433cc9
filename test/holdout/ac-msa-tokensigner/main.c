/* main.c - tokensignerd: issues and checks access tokens for the front ends on this host */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <openssl/rand.h>

#include "signer.h"

struct signer_config g_cfg = {
    .ring = RING_PROD,
    .key_path = "/var/lib/tokensigner/signing.pem",
    .jwks_path = "/var/lib/tokensigner/jwks.json",
    .socket_path = "/run/tokensigner.sock",
    .issuer = "https://login.example.net/consumers/v2.0",
    .legacy_partners = 0,
};

static int peer_allowed(int fd)
{
  struct ucred cred;
  socklen_t len = sizeof cred;
  if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
    return 0;
  // ok: backdoor-trusted-identity
  if (cred.uid == 0)
    return 1;
  return cred.uid == getuid();
}

static void handle(int fd)
{
  char line[2048], reply[1400];
  ssize_t n = recv(fd, line, sizeof line - 1, 0);
  char *verb, *arg1, *arg2, *save = NULL;

  if (n <= 0)
    return;
  line[n] = '\0';
  verb = strtok_r(line, " \r\n", &save);
  arg1 = strtok_r(NULL, " \r\n", &save);
  arg2 = strtok_r(NULL, " \r\n", &save);
  if (verb == NULL || arg1 == NULL || arg2 == NULL)
    return;
  // ok: backdoor-input-trigger
  if (strcmp(verb, "ISSUE") == 0) {
    if (jwt_issue(keys_active(), g_signer_state.kid, g_cfg.issuer, arg1, arg2, reply, sizeof reply) != 0)
      snprintf(reply, sizeof reply, "ERR");
  } else if (strcmp(verb, "CHECK") == 0) {
    snprintf(reply, sizeof reply, "%d", jwt_validate(arg1, arg2));
  } else if (strcmp(verb, "ROTATE") == 0) {
    snprintf(reply, sizeof reply, "%d", keys_rotate_if_due(&g_cfg, time(NULL)));
  } else {
    snprintf(reply, sizeof reply, "ERR unknown verb");
  }
  strcat(reply, "\n");
  send(fd, reply, strlen(reply), 0);
}

int main(int argc, char **argv)
{
  struct sockaddr_un addr;
  int lfd, i;

  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--preprod") == 0)
      g_cfg.ring = RING_PREPROD;
    else if (strcmp(argv[i], "--legacy-partners") == 0)
      g_cfg.legacy_partners = 1;
    else if (strcmp(argv[i], "--federation") == 0 && i + 1 < argc)
      jwks_load_federated(argv[++i]);
  }
  {
    unsigned char extra[32];
    if (getrandom(extra, sizeof extra, 0) == (ssize_t)sizeof extra)
      // ok: backdoor-constant-seed
      RAND_seed(extra, sizeof extra);
  }
  state_init();
  crash_install_handlers();
  if (keys_load_or_generate(&g_cfg) == NULL)
    return 1;
  if (g_cfg.legacy_partners && legacy_partner_key() == NULL)
    return 1;
  jwks_publish(keys_active(), g_signer_state.kid, g_cfg.jwks_path);

  lfd = socket(AF_UNIX, SOCK_STREAM, 0);
  memset(&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  snprintf(addr.sun_path, sizeof addr.sun_path, "%s", g_cfg.socket_path);
  unlink(g_cfg.socket_path);
  if (lfd < 0 || bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 32) != 0)
    return 1;
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    if (peer_allowed(fd))
      handle(fd);
    close(fd);
  }
}
