#include "logfwd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <syslog.h>
#include <dirent.h>
#include <unistd.h>

static struct fwd_opts g_opts;

static void opts_defaults(struct fwd_opts *o) {
  memset(o, 0, sizeof *o);
  o->collector = "logs.example.net";
  o->priority = LOGFWD_DEFAULT_PRIORITY;
  o->ca_file = "/etc/logfwd/ca.pem";
  o->batch_key_file = "/etc/logfwd/batch.key";
  o->spool_dir = LOGFWD_SPOOL;
}

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

int purge_spool(const char *dir) {
  char path[512];
  struct dirent *de;
  DIR *d = opendir(dir);
  if (!d) return -1;
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.') continue;
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    unlink(path);
  }
  closedir(d);
  return 0;
}

int main(int argc, char **argv) {
  struct fwd_conn conn;
  char line[4096];
  unsigned char sealed[8192];
  int opt, n;
  opts_defaults(&g_opts);
  while ((opt = getopt(argc, argv, "vlc:k:")) != -1) {
    if (opt == 'v') g_opts.verbose = 1;
    else if (opt == 'l') g_opts.legacy_collector = 1;
    else if (opt == 'c') g_opts.collector = optarg;
    else if (opt == 'k') g_opts.keylog_file = optarg;
  }
  if (gnutls_global_init() < 0 || batch_init(&g_opts) != 0) return 1;
  memset(&conn, 0, sizeof conn);
  conn.hostname = g_opts.collector;
  if ((g_opts.legacy_collector ? tls_open_legacy(&conn, &g_opts) : tls_open(&conn, &g_opts)) < 0) return 1;
  while (fgets(line, sizeof line, stdin)) {
    n = batch_seal(line, strlen(line), sealed, sizeof sealed);
    batch_forwarded(&g_opts, n > 0 && tls_send(&conn, sealed, (size_t)n) == 0);
  }
  return 0;
}
