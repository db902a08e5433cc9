/* mfpd main: configuration, services. */
#include <arpa/inet.h>
#include <gcrypt.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "mfp.h"

struct mfp_cfg g_mfp_cfg;

void mfp_log(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}

static int unhex(const char *s, unsigned char *out, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(s + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

static void load_config(const char *path) {
  char line[400], key[64], val[300];
  FILE *f = fopen(path, "r");
  if (f == NULL)
    return;
  while (fgets(line, sizeof line, f) != NULL) {
    if (sscanf(line, "%63[^=]=%299[^\n]", key, val) != 2)
      continue;
    if (strcmp(key, "admin_user") == 0)
      snprintf(g_mfp_cfg.admin_user, sizeof g_mfp_cfg.admin_user, "%s", val);
    else if (strcmp(key, "admin_salt") == 0)
      unhex(val, g_mfp_cfg.admin_salt, sizeof g_mfp_cfg.admin_salt);
    else if (strcmp(key, "admin_hash") == 0)
      unhex(val, g_mfp_cfg.admin_hash, sizeof g_mfp_cfg.admin_hash);
    else if (strcmp(key, "admin_iterations") == 0)
      g_mfp_cfg.admin_iterations = strtoul(val, NULL, 10);
    else if (strcmp(key, "pjl_password") == 0)
      g_mfp_cfg.pjl_password = strtoul(val, NULL, 10);
    else if (strcmp(key, "cloud") == 0)
      g_mfp_cfg.cloud_enabled = atoi(val);
    else if (strcmp(key, "cloud_trace") == 0)
      g_mfp_cfg.cloud_trace = atoi(val);
    else if (strcmp(key, "cloud_host") == 0)
      snprintf(g_mfp_cfg.cloud_host, sizeof g_mfp_cfg.cloud_host, "%s", val);
    else if (strcmp(key, "spool_dir") == 0)
      snprintf(g_mfp_cfg.spool_dir, sizeof g_mfp_cfg.spool_dir, "%s", val);
  }
  fclose(f);
}

static int listen_on(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_port = htons((unsigned short)port);
  if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(fd, 8) != 0)
    return -1;
  return fd;
}

int main(void) {
  openlog("mfpd", LOG_PID, LOG_LPR);
  if (!gcry_check_version(GCRYPT_VERSION))
    return 1;
  load_config("/etc/mfp/mfpd.conf");
  snprintf(g_mfp_cfg.ews_cert, sizeof g_mfp_cfg.ews_cert, "/etc/mfp/ews.crt");
  snprintf(g_mfp_cfg.ews_key, sizeof g_mfp_cfg.ews_key, "/etc/mfp/ews.key");
  srand((unsigned)time(NULL));
  counters_load();
  cloud_connect();
  struct pollfd pfd[2] = {{.fd = listen_on(443), .events = POLLIN}, {.fd = listen_on(9100), .events = POLLIN}};
  for (;;) {
    if (poll(pfd, 2, -1) <= 0)
      continue;
    for (int i = 0; i < 2; i++) {
      if (!(pfd[i].revents & POLLIN))
        continue;
      struct sockaddr_in peer;
      socklen_t plen = sizeof peer;
      char ip[INET_ADDRSTRLEN];
      int fd = accept(pfd[i].fd, (struct sockaddr *)&peer, &plen);
      if (fd < 0)
        continue;
      inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
      if (i == 0)
        ews_serve(fd, ip);
      else
        pjl_session(fd);
      close(fd);
    }
  }
}
