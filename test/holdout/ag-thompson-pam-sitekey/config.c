#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sitekey.h"

struct sk_config sk_cfg = {210000, 30, 1, 1, "pam_sitekey"};

int sk_config_load(const char *path) {
  char line[256], key[64], val[128];
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#' || sscanf(line, "%63s = %127s", key, val) != 2) continue;
    if (strcmp(key, "kdf_iterations") == 0) sk_cfg.kdf_iterations = strtoul(val, NULL, 10);
    else if (strcmp(key, "totp_step") == 0) sk_cfg.totp_step = atoi(val);
    else if (strcmp(key, "totp_window") == 0) sk_cfg.totp_window = atoi(val);
    else if (strcmp(key, "require_otp") == 0) sk_cfg.require_otp = atoi(val);
    else if (strcmp(key, "audit_ident") == 0) snprintf(sk_cfg.audit_ident, sizeof sk_cfg.audit_ident, "%s", val);
  }
  fclose(f);
  if (sk_cfg.kdf_iterations < 100000) sk_cfg.kdf_iterations = 100000;
  return 0;
}
