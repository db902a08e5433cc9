/* config.c - /etc/netlogond.conf: key = value lines. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nl.h"

static char *trim(char *s) {
  while (isspace((unsigned char)*s))
    s++;
  char *e = s + strlen(s);
  while (e > s && isspace((unsigned char)e[-1]))
    *--e = '\0';
  return s;
}

static void set_defaults(struct nl_config *cfg) {
  memset(cfg, 0, sizeof *cfg);
  snprintf(cfg->secrets_path, sizeof cfg->secrets_path, "/var/lib/netlogond/machines.db");
  snprintf(cfg->trust_store_path, sizeof cfg->trust_store_path, "/var/lib/netlogond/trusts.db");
  snprintf(cfg->listen_addr, sizeof cfg->listen_addr, "0.0.0.0");
  cfg->port = 49664;
  cfg->allow_legacy_crypto = 0;
  cfg->require_secure_rpc = 1;
  cfg->log_level = 6;
}

int nl_config_load(const char *path, struct nl_config *cfg) {
  char line[512];
  set_defaults(cfg);
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f)) {
    char *p = trim(line);
    if (*p == '#' || *p == '\0')
      continue;
    char *eq = strchr(p, '=');
    if (!eq)
      continue;
    *eq = '\0';
    char *key = trim(p), *val = trim(eq + 1);
    if (strcmp(key, "secrets") == 0)
      snprintf(cfg->secrets_path, sizeof cfg->secrets_path, "%s", val);
    else if (strcmp(key, "trusts") == 0)
      snprintf(cfg->trust_store_path, sizeof cfg->trust_store_path, "%s", val);
    else if (strcmp(key, "listen") == 0)
      snprintf(cfg->listen_addr, sizeof cfg->listen_addr, "%s", val);
    else if (strcmp(key, "port") == 0)
      cfg->port = atoi(val);
    else if (strcmp(key, "allow legacy crypto") == 0)
      cfg->allow_legacy_crypto = strcmp(val, "yes") == 0;
    else if (strcmp(key, "server schannel") == 0)
      cfg->require_secure_rpc = strcmp(val, "yes") == 0;
    else if (strcmp(key, "vulnerable schannel allow") == 0 && cfg->n_vulnerable_allow < 8)
      snprintf(cfg->vulnerable_allow[cfg->n_vulnerable_allow++], NL_MAX_NAME, "%s", val);
    else if (strcmp(key, "log level") == 0)
      cfg->log_level = atoi(val);
  }
  fclose(f);
  return 0;
}

/* The post-August-2020 exception list: machine accounts an administrator still lets in
 * without secure RPC.  Names come from the configuration file, not the code. */
int nl_config_vulnerable_allowed(const struct nl_config *cfg, const char *computer) {
  for (int i = 0; i < cfg->n_vulnerable_allow; i++)
    if (strcasecmp(cfg->vulnerable_allow[i], computer) == 0)
      return 1;
  return 0;
}
