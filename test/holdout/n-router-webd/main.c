/* main.c - rwebd: configuration, the listening socket and the request loop. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "rw.h"

#define CONF_PATH "/etc/rwebd/rwebd.conf"

static volatile sig_atomic_t g_stop;

static void on_signal(int sig) {
  (void)sig;
  g_stop = 1;
}

static void load_config(struct rw_config *cfg) {
  char line[RW_MAX_LINE];
  FILE *f = fopen(CONF_PATH, "r");
  memset(cfg, 0, sizeof *cfg);
  snprintf(cfg->lan_if, sizeof cfg->lan_if, "br0");
  snprintf(cfg->cloud_url, sizeof cfg->cloud_url, "https://cloud.rtax.example/v2/checkin");
  snprintf(cfg->mirror_url, sizeof cfg->mirror_url, "https://fw.rtax.example");
  cfg->http_port = 80;
  cfg->tls_verify = 1;
  cfg->checkin_interval = 3600;
  if (!f)
    return;
  while (fgets(line, sizeof line, f)) {
    char *eq = strchr(line, '=');
    if (line[0] == '#' || !eq)
      continue;
    *eq = '\0';
    char *key = line, *value = eq + 1;
    value[strcspn(value, "\r\n")] = '\0';
    if (strcmp(key, "http_port") == 0)
      cfg->http_port = atoi(value);
    else if (strcmp(key, "cloud.verify") == 0)
      cfg->tls_verify = strcmp(value, "no") != 0;
    else if (strcmp(key, "cloud.ca") == 0)
      snprintf(cfg->ca_bundle, sizeof cfg->ca_bundle, "%s", value);
    /* a hook the administrator configures, run once at start-up */
    // ok: backdoor-input-trigger
    else if (strcmp(key, "on_start") == 0)
      system(value);
  }
  fclose(f);
}

static void read_serial(char *out, size_t cap) {
  FILE *f = fopen("/proc/device-tree/serial-number", "r");
  if (!f || !fgets(out, (int)cap, f))
    snprintf(out, cap, "unknown");
  if (f)
    fclose(f);
}

int main(void) {
  struct rw_config cfg;
  char serial[64];
  load_config(&cfg);
  read_serial(serial, sizeof serial);
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  signal(SIGPIPE, SIG_IGN);
  curl_global_init(CURL_GLOBAL_DEFAULT);
  srand((unsigned)time(NULL));
  if (session_init() != 0)
    return 1;

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)cfg.http_port)};
  sa.sin_addr.s_addr = htonl(INADDR_ANY);
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 16) != 0) {
    rw_log(RW_ERR, "cannot listen on port %d", cfg.http_port);
    return 1;
  }

  time_t last_checkin = 0;
  while (!g_stop) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    int fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    if (fd < 0)
      continue;
    char ip[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
    struct http_req *req = calloc(1, sizeof *req);
    struct http_resp *resp = calloc(1, sizeof *resp);
    if (req && resp && http_read_request(fd, ip, req) == 0) {
      routes_dispatch(req, resp);
      http_write_response(fd, resp);
    }
    free(req);
    free(resp);
    close(fd);
    if (time(NULL) - last_checkin > cfg.checkin_interval) {
      cloud_checkin(&cfg, serial);
      last_checkin = time(NULL);
    }
  }
  curl_global_cleanup();
  return 0;
}
