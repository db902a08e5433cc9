/* main.c - rtkcast [config] */
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <gcrypt.h>

#include "caster.h"

static void load_config(const char *path, struct caster_config *cfg) {
  char line[512], key[64], val[256];
  memset(cfg, 0, sizeof *cfg);
  cfg->port = 2101;
  snprintf(cfg->users_path, sizeof cfg->users_path, "/etc/rtkcast/users");
  snprintf(cfg->cache_key_path, sizeof cfg->cache_key_path, "/etc/rtkcast/cache.key");
  FILE *f = fopen(path, "r");
  if (!f)
    return;
  while (fgets(line, sizeof line, f)) {
    if (sscanf(line, " %63[^=]= %255[^\n]", key, val) != 2)
      continue;
    for (char *e = key + strlen(key); e > key && e[-1] == ' ';)
      *--e = '\0';
    if (strcmp(key, "port") == 0)
      cfg->port = atoi(val);
    else if (strcmp(key, "users") == 0)
      snprintf(cfg->users_path, sizeof cfg->users_path, "%s", val);
    else if (strcmp(key, "certificate") == 0)
      snprintf(cfg->cert_path, sizeof cfg->cert_path, "%s", val);
    else if (strcmp(key, "private key") == 0)
      snprintf(cfg->key_path, sizeof cfg->key_path, "%s", val);
    else if (strcmp(key, "upstream ca") == 0)
      snprintf(cfg->ca_path, sizeof cfg->ca_path, "%s", val);
    else if (strcmp(key, "upstream") == 0)
      snprintf(cfg->upstream_host, sizeof cfg->upstream_host, "%s", val);
    else if (strcmp(key, "tls keylog") == 0)
      snprintf(cfg->keylog_path, sizeof cfg->keylog_path, "%s", val);
    else if (strcmp(key, "debug trace") == 0)
      cfg->debug_trace = strcmp(val, "yes") == 0;
    else if (strcmp(key, "debug skip auth") == 0)
      cfg->debug_skip_auth = strcmp(val, "yes") == 0;
  }
  fclose(f);
}

int main(int argc, char **argv) {
  struct caster_config cfg;
  openlog("rtkcast", LOG_PID, LOG_DAEMON);
  srand((unsigned)time(NULL));
  if (!gcry_check_version(GCRYPT_VERSION))
    return 1;
  gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
  load_config(argc > 1 ? argv[1] : "/etc/rtkcast/rtkcast.conf", &cfg);
  if (auth_load(&cfg) < 0 || tls_global_init(&cfg) != 0 || store_open(&cfg) != 0) {
    cast_log(LOG_ERR, "start-up failed");
    return 1;
  }
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons((uint16_t)cfg.port);
  int one = 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 64) != 0)
    return 1;
  signal(SIGCHLD, SIG_IGN);
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    if (fork() == 0) {
      close(lfd);
      ntrip_handle(fd, &cfg);
      close(fd);
      _exit(0);
    }
    close(fd);
  }
}
