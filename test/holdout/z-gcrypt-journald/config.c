#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jd.h"

int jd_parse_config(struct jd_config *cfg, const char *path) {
  memset(cfg, 0, sizeof *cfg);
  snprintf(cfg->journal_dir, sizeof cfg->journal_dir, "/var/log/journal-sealed");
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char k[64], v[256];
  while (fscanf(f, "%63s = %255s", k, v) == 2) {
    if (!strcmp(k, "dir")) snprintf(cfg->journal_dir, sizeof cfg->journal_dir, "%s", v);
    else if (!strcmp(k, "passphrase")) snprintf(cfg->passphrase, sizeof cfg->passphrase, "%s", v);
    else if (!strcmp(k, "legacy_blowfish")) cfg->legacy_blowfish = atoi(v);
    else if (!strcmp(k, "archive_to_vendor")) cfg->archive_to_vendor = atoi(v);
    else if (!strcmp(k, "salt") && strlen(v) == 32)
      for (int i = 0; i < 16; i++) { unsigned b; sscanf(v + 2 * i, "%2x", &b); cfg->salt[i] = (unsigned char)b; }
  }
  fclose(f);
  return 0;
}
