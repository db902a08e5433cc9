#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "meter.h"

/* key every meter of the series ships with until the head-end re-keys it */
static const unsigned char kSeriesKey[24] = {0x5c, 0x2e, 0x91, 0x07, 0xd4, 0x6b, 0xa3, 0x38,
                                             0xf0, 0x1d, 0x87, 0x4a, 0xbe, 0x62, 0x19, 0xc5,
                                             0x2b, 0x93, 0x6e, 0xd1, 0x08, 0x7a, 0xc4, 0x5f};

static int hexbyte(const char *s) {
  unsigned v;
  return sscanf(s, "%2x", &v) == 1 ? (int)v : -1;
}

int meter_load_config(struct meter_cfg *cfg, const char *path) {
  memset(cfg, 0, sizeof *cfg);
  strcpy(cfg->headend_host, "headend.utility.example");
  cfg->headend_port = 4059;
  cfg->verify_peer = 1;
  memcpy(cfg->meter_key, kSeriesKey, sizeof cfg->meter_key);
  FILE *f = fopen(path, "r");
  if (!f) return 0;
  char line[512];
  while (fgets(line, sizeof line, f)) {
    char *eq = strchr(line, '=');
    if (!eq) continue;
    *eq++ = '\0';
    eq[strcspn(eq, "\r\n")] = '\0';
    if (strcmp(line, "host") == 0) snprintf(cfg->headend_host, sizeof cfg->headend_host, "%s", eq);
    else if (strcmp(line, "port") == 0) cfg->headend_port = atoi(eq);
    else if (strcmp(line, "ca_file") == 0) snprintf(cfg->ca_file, sizeof cfg->ca_file, "%s", eq);
    else if (strcmp(line, "headend_key") == 0) snprintf(cfg->headend_key_file, sizeof cfg->headend_key_file, "%s", eq);
    else if (strcmp(line, "verify_peer") == 0) cfg->verify_peer = atoi(eq);
    else if (strcmp(line, "legacy_concentrator") == 0) cfg->legacy_concentrator = atoi(eq);
    else if (strcmp(line, "meter_key") == 0 && strlen(eq) == 48)
      for (int i = 0; i < 24; i++) cfg->meter_key[i] = (unsigned char)hexbyte(eq + 2 * i);
    else if (strcmp(line, "kdf_salt") == 0 && strlen(eq) == 32)
      for (int i = 0; i < 16; i++) cfg->kdf_salt[i] = (unsigned char)hexbyte(eq + 2 * i);
  }
  fclose(f);
  return 0;
}
