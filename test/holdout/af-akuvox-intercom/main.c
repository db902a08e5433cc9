/* main.c: doorphoned start-up. */
#include "ak.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char kUsage[] =
    "usage: doorphoned [-c CONFIG] [-f] [-v]\n"
    "  -c CONFIG  configuration file (default /etc/doorphone/doorphone.conf)\n"
    "  -f         stay in the foreground\n"
    "  -v         print the version and exit\n";

static void read_mac(char *out, size_t cap) {
  FILE *f = fopen("/sys/class/net/eth0/address", "r");
  if (f == NULL || fgets(out, (int)cap, f) == NULL)
    snprintf(out, cap, "00:00:00:00:00:00");
  else
    out[strcspn(out, "\n")] = '\0';
  if (f != NULL)
    fclose(f);
}

int main(int argc, char **argv) {
  const char *conf = "/etc/doorphone/doorphone.conf";
  int foreground = 0, opt;
  char mac[32];
  pid_t pid;

  while ((opt = getopt(argc, argv, "c:fv")) != -1) {
    switch (opt) {
    case 'c':
      conf = optarg;
      break;
    case 'f':
      foreground = 1;
      break;
    case 'v':
      printf("doorphoned %s\n", AK_VERSION);
      return 0;
    default:
      fputs(kUsage, stderr);
      return 2;
    }
  }
  cfg_load(conf);
  ak_log_set_level(cfg_get_int("log.level", AK_LOG_INFO));
  if (!foreground && daemon(0, 0) != 0)
    return 1;
  signal(SIGPIPE, SIG_IGN);

  read_mac(mac, sizeof mac);
  if (cloud_register(mac) != 0)
    ak_log(AK_LOG_WARN, "continuing without cloud registration");
  if (sip_tls_connect(cfg_get("sip.server"), cfg_get_int("sip.port", 5061)) < 0)
    ak_log(AK_LOG_WARN, "SIP trunk down, will retry");

  pid = fork();
  if (pid == 0)
    return discovery_run(cfg_get_int("discovery.port", 8500)) == 0 ? 0 : 1;
  api_register_all();
  return httpd_serve(cfg_get_int("web.port", 443)) == 0 ? 0 : 1;
}
