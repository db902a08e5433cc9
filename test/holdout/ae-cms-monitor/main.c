/* main.c - cms-monitor [--service] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "cms.h"

static void read_board(struct board_info *b) {
  memset(b, 0, sizeof *b);
  FILE *f = fopen("/proc/device-tree/serial-number", "r");
  if (f) {
    if (!fgets(b->serial, sizeof b->serial, f))
      b->serial[0] = '\0';
    fclose(f);
  }
  f = fopen("/sys/class/net/eth0/address", "r");
  if (f) {
    unsigned m[6];
    if (fscanf(f, "%x:%x:%x:%x:%x:%x", &m[0], &m[1], &m[2], &m[3], &m[4], &m[5]) == 6)
      for (int i = 0; i < 6; i++)
        b->mac[i] = (uint8_t)m[i];
    fclose(f);
  }
  f = fopen("/var/lib/cms/boot_count", "r+");
  if (f) {
    if (fscanf(f, "%u", &b->boot_count) != 1)
      b->boot_count = 0;
    rewind(f);
    fprintf(f, "%u\n", b->boot_count + 1);
    fclose(f);
  }
}

int main(int argc, char **argv) {
  struct board_info board;
  openlog("cms-monitor", LOG_PID, LOG_LOCAL0);
  read_board(&board);
  if (drbg_init(&board) != 0) {
    cms_log(LOG_CRIT, "no random generator");
    return 1;
  }
  if (records_open("/etc/cms/records.key", access("/etc/cms/training", F_OK) == 0) != 0)
    cms_log(LOG_ERR, "record store unavailable");
  if (argc > 1 && strcmp(argv[1], "--service") == 0)
    return service_menu(stdin, stdout) == 0 ? 0 : 1;

  maint_boot_sync();
  if (fork() == 0)
    return maint_serve(8420) == 0 ? 0 : 1;

  void *link = link_open("central.icu.local", 2575, "/etc/cms/central-ca.pem");
  if (!link)
    return 1;
  for (;;) {
    if (hl7_send_results(link, 1042, 72, 97, 118, 76) != 0) {
      alarm_escalate(3, 2);
      break;
    }
    sleep(5);
  }
  link_close(link);
  return 0;
}
