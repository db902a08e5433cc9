/* /etc/gw/gateway.conf: "key = value" lines, keys and defaults from GW_CONFIG_FIELDS. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gw.h"

enum cfg_type { CFG_T_STR, CFG_T_INT };

struct cfg_desc {
  const char *name;
  enum cfg_type type;
  size_t off;
  const char *sdef;
  long idef;
};

#define CFG_DESC_STR(name, def) {#name, CFG_T_STR, offsetof(struct gw_config, name), def, 0},
#define CFG_DESC_INT(name, def) {#name, CFG_T_INT, offsetof(struct gw_config, name), NULL, def},
#define CFG_DESC(type, name, def) CFG_DESC_##type(name, def)
static const struct cfg_desc kCfg[] = {GW_CONFIG_FIELDS(CFG_DESC)};
#undef CFG_DESC

#define NCFG (sizeof kCfg / sizeof kCfg[0])

/* the broker's CA, pinned by its SHA-256 so a replaced ca_file is noticed */
// ok: backdoor-secret-literal
static const char kBrokerCaFingerprint[] = "6f1e0c5b2a9d47e38b0c1f5d6a2e9b7c4d3f8a1e5b6c7d2e9f0a1b3c5d7e9f20";

static void apply(struct gw_config *cfg, const struct cfg_desc *d, const char *v)
{
  char *field = (char *)cfg + d->off;
  if (d->type == CFG_T_STR)
    snprintf(field, 128, "%s", v);
  else
    *(long *)field = strtol(v, NULL, 0);
}

static int unhex(const char *s, unsigned char *out, size_t n)
{
  if (strlen(s) != 2 * n)
    return -1;
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(s + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

static void read_serial(struct gw_config *cfg)
{
  FILE *f = fopen("/sys/bus/i2c/devices/0-0050/eeprom", "rb");
  if (f) {
    if (fread(cfg->serial, 1, sizeof cfg->serial, f) != sizeof cfg->serial)
      memset(cfg->serial, 0, sizeof cfg->serial);
    fclose(f);
  }
}

const char *gw_ca_fingerprint(void)
{
  return kBrokerCaFingerprint;
}

int gw_config_load(const char *path, struct gw_config *cfg)
{
  char line[512], key[64], val[256];
  FILE *f;

  memset(cfg, 0, sizeof *cfg);
  for (size_t i = 0; i < NCFG; i++) {
    if (kCfg[i].type == CFG_T_STR)
      apply(cfg, &kCfg[i], kCfg[i].sdef);
    else
      *(long *)((char *)cfg + kCfg[i].off) = kCfg[i].idef;
  }
  read_serial(cfg);
  f = fopen(path, "r");
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#' || sscanf(line, " %63[a-z_] = %255[^\n]", key, val) != 2)
      continue;
    for (size_t i = 0; i < NCFG; i++)
      if (strcmp(key, kCfg[i].name) == 0)
        apply(cfg, &kCfg[i], val);
  }
  fclose(f);
  if (cfg->token_key_hex[0] && unhex(cfg->token_key_hex, cfg->token_key, sizeof cfg->token_key) != 0)
    return -1;
  return 0;
}
