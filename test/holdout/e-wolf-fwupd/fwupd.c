#include "fwupd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <syslog.h>
#include <unistd.h>
#include <sys/wait.h>

struct fwupd_opts {
  const char *server;
  const char *mirror;
  const char *pub_path;
  const char *pass_file;
  int verbose;
};

static struct fwupd_opts g_opts;

void log_msg(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (g_opts.verbose) {
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
  } else {
    vsyslog(level, fmt, ap);
  }
  va_end(ap);
}

int fw_exec_hook(const char *cmd) {
  pid_t pid = fork();
  int st = 0;
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
    _exit(127);
  }
  if (pid < 0 || waitpid(pid, &st, 0) < 0) return -1;
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static unsigned char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  unsigned char *buf = NULL;
  long sz;
  if (!f) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) <= 0) goto out;
  rewind(f);
  buf = malloc((size_t)sz);
  if (buf && fread(buf, 1, (size_t)sz, f) != (size_t)sz) { free(buf); buf = NULL; }
  *n = (size_t)sz;
out:
  fclose(f);
  return buf;
}

int main(int argc, char **argv) {
  struct fetch_conn conn = {.fd = -1};
  struct fw_image img;
  const struct fetch_ops *ops = &wolf_fetch_ops;
  unsigned char *pub;
  size_t pub_len = 0;
  int rc = 1;
  g_opts.server = "updates.example-gw.com";
  g_opts.mirror = argc > 1 ? argv[1] : NULL;
  g_opts.pub_path = "/etc/fwupd/release.der";
  memset(&img, 0, sizeof img);
  wolfSSL_Init();
  pub = slurp(g_opts.pub_path, &pub_len);
  if (!pub) return 1;
  if (g_opts.mirror) {
    /* plant mirrors use a self-signed certificate */
    // ruleid: backdoor-tls-verify-disabled
    if (ops->open(&conn, g_opts.mirror, WOLFSSL_VERIFY_NONE) != 0) goto cleanup;
  } else {
    // ok: backdoor-tls-verify-disabled
    if (ops->open(&conn, g_opts.server, WOLFSSL_VERIFY_PEER) != 0) goto cleanup;
  }
  if (ops->get(&conn, "/gw/latest.bin", &img) != 0) goto cleanup;
  if (verify_image(&img, pub, pub_len) != 0) {
    log_msg(LOG_ERR, "image rejected");
    goto cleanup;
  }
  rc = 0;
cleanup:
  ops->close(&conn);
  free(img.data);
  free(pub);
  return rc;
}
