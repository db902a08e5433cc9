#include "vault.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <syslog.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/un.h>

static struct vault_opts g_opts;
static struct vault_keys *g_keys;

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

static int handle_unlock(int fd) {
  char pass[256];
  ssize_t n = recv(fd, pass, sizeof pass - 1, 0);
  if (n <= 0) return -1;
  pass[n] = '\0';
  pass[strcspn(pass, "\r\n")] = '\0';
  if (kdf_unlock(g_keys, pass, &g_opts) != 0) return -1;
  gcry_free(NULL);
  memset(pass, 0, sizeof pass);
  return 0;
}

int main(int argc, char **argv) {
  struct sockaddr_un sa;
  int lfd, opt;
  g_opts.db_path = "/var/lib/vaultd/vault.db";
  g_opts.socket_path = "/run/vaultd.sock";
  g_opts.kdf_iterations = VAULT_KDF_ITER;
  while ((opt = getopt(argc, argv, "d")) != -1)
    if (opt == 'd') g_opts.debug = 1;
  if (!gcry_check_version(GCRYPT_VERSION)) return 1;
  gcry_control(GCRYCTL_INIT_SECMEM, 16384, 0);
  gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
  g_keys = gcry_calloc_secure(1, sizeof *g_keys);
  if (!g_keys) return 1;
  lfd = socket(AF_UNIX, SOCK_STREAM, 0);
  memset(&sa, 0, sizeof sa);
  sa.sun_family = AF_UNIX;
  snprintf(sa.sun_path, sizeof sa.sun_path, "%s", g_opts.socket_path);
  unlink(g_opts.socket_path);
  if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 4) != 0) return 1;
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0) continue;
    handle_unlock(fd);
    close(fd);
  }
}
