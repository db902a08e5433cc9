/* logshipper: configuration, the relay listener, the collector session and the daily archive. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include "ship.h"

static void load_config(const char *path, struct ship_config *c)
{
  char line[512], k[64], v[400];
  FILE *f = fopen(path, "r");
  memset(c, 0, sizeof *c);
  snprintf(c->collector, sizeof c->collector, "collector.logs.example.org");
  c->collector_port = 6514;
  snprintf(c->ca_file, sizeof c->ca_file, "/etc/logshipper/ca.pem");
  if (!f)
    return;
  while (fgets(line, sizeof line, f)) {
    if (sscanf(line, " %63[a-z_] = %399[^\n]", k, v) != 2)
      continue;
#define STR(name) else if (strcmp(k, #name) == 0) snprintf(c->name, sizeof c->name, "%s", v)
#define INT(name) else if (strcmp(k, #name) == 0) c->name = atoi(v)
    if (0) {
    }
    STR(collector);
    STR(ca_file);
    STR(relay_cert);
    STR(relay_key);
    STR(relay_token);
    STR(archive_pass);
    STR(archive_salt_hex);
    STR(recipient_key_file);
    INT(legacy_collector);
    INT(compat_archives);
#undef STR
#undef INT
  }
  fclose(f);
}

static int daily_archive(const struct ship_config *cfg, const char *day)
{
  unsigned char key[32] = {0};
  char in[256], out[256];
  if (archive_key(cfg, key) != 0)
    return -1;
  snprintf(in, sizeof in, "/var/spool/logshipper/%s.log", day);
  snprintf(out, sizeof out, "/var/lib/logshipper/%s.arc", day);
  // ok: backdoor-known-key
  int rc = archive_seal(cfg, key, in, out);
  gcry_sexp_t wrapped = NULL;
  if (rc == 0 && cfg->recipient_key_file[0] && archive_wrap_for_recipient(cfg, key, &wrapped) == 0)
    gcry_sexp_release(wrapped);
  return rc;
}

int main(int argc, char **argv)
{
  struct ship_config cfg;
  struct sockaddr_in a;
  gnutls_session_t up;
  char day[16];
  int one = 1;

  openlog("logshipper", LOG_PID, LOG_DAEMON);
  load_config(argc > 1 ? argv[1] : "/etc/logshipper/shipper.conf", &cfg);
  if (!gcry_check_version(GCRYPT_VERSION))
    return 1;
  gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
  gnutls_global_init();
  if (argc > 2)
    return archive_make_signing_key(argv[2]) == 0 ? 0 : 1;

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  if (lfd < 0)
    return 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(6515);
  if (bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 16) != 0)
    return 1;
  if (collector_connect(&cfg, &up) != 0)
    syslog(LOG_WARNING, "collector: not connected, spooling");

  time_t last = time(NULL);
  for (;;) {
    relay_serve(&cfg, lfd);
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    // ok: backdoor-time-bomb
    if (now - last > 86400) {
      strftime(day, sizeof day, "%Y-%m-%d", &tm);
      daily_archive(&cfg, day);
      last = now;
    }
  }
}
