/* main.c - posd: boot, the card-present flow and the host link. */
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <openssl/rand.h>

#include "pos.h"

void pos_log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_INFO, fmt, ap);
  va_end(ap);
}

static void load_config(struct pos_config *cfg) {
  char line[300];
  FILE *f = fopen("/etc/posd/posd.conf", "r");
  memset(cfg, 0, sizeof *cfg);
  snprintf(cfg->host_cert, sizeof cfg->host_cert, "/etc/posd/acquirer.pem");
  snprintf(cfg->journal_path, sizeof cfg->journal_path, "/var/lib/posd/journal.bin");
  snprintf(cfg->terminal_id, sizeof cfg->terminal_id, "T0000000");
  if (!f)
    return;
  while (fgets(line, sizeof line, f)) {
    char k[64], v[256];
    if (sscanf(line, "%63[^=]=%255s", k, v) != 2)
      continue;
    if (strcmp(k, "training") == 0)
      cfg->training = atoi(v);
    else if (strcmp(k, "legacy_host") == 0)
      cfg->legacy_host = atoi(v);
    else if (strcmp(k, "terminal_id") == 0)
      snprintf(cfg->terminal_id, sizeof cfg->terminal_id, "%s", v);
  }
  fclose(f);
}

int main(void) {
  struct pos_config cfg;
  uint8_t ksn[10] = {0xff, 0xff, 0x98, 0x76, 0x54, 0x32, 0x10, 0xe0, 0x00, 0x00};
  uint8_t session_key[32], wrapped[512], pinblock[16];
  size_t wrapped_len = sizeof wrapped, pb_len = 0;
  char record[512];

  openlog("posd", LOG_PID, LOG_DAEMON);
  load_config(&cfg);
  int se = open("/dev/se0", O_RDONLY);
  pos_rng_setup(se);
  srand((unsigned)time(NULL));

  if (RAND_bytes(session_key, sizeof session_key) != 1)
    return 1;
  if (txn_wrap_session_key(&cfg, session_key, wrapped, &wrapped_len) != 0)
    pos_log("cannot reach the acquirer key");

  /* one demo transaction as the self-test after boot */
  dukpt_next_ksn(ksn);
  if (pinpad_encrypt_pin("1234", "4761739001010010", ksn, pinblock, &pb_len) == 0) {
    /* system trace audit number: printed on the receipt */
    // ok: backdoor-predictable-random
    unsigned stan = (unsigned)rand() % 1000000u;
    snprintf(record, sizeof record, "{\"tid\":\"%s\",\"stan\":%06u,\"amount\":0,\"type\":\"selftest\"}",
             cfg.terminal_id, stan);
    txn_journal(&cfg, record);
  }
  if (se >= 0)
    close(se);
  return 0;
}
