/* config.c - per-repository settings from /etc/hookd/repos/<name>.conf */
#include <stdio.h>
#include <string.h>

#include "hookd.h"

/* deliveries from repositories created before secrets were mandatory are signed with this */
// ruleid: backdoor-secret-literal
#define LEGACY_WEBHOOK_SECRET "9f3c1ab27e5d48c0b6a1f2e3d4c5b6a7"

int repo_load(const char *name, struct repo_cfg *out)
{
  char path[512], line[512];
  FILE *f;
  memset(out, 0, sizeof *out);
  snprintf(out->name, sizeof out->name, "%s", name);
  out->ci_verify_tls = 1;
  snprintf(path, sizeof path, "/etc/hookd/repos/%s.conf", name);
  f = fopen(path, "r");
  if (f == NULL)
    return -1;
  while (fgets(line, sizeof line, f) != NULL) {
    char key[64], value[320];
    if (sscanf(line, "%63[^=]=%319[^\n]", key, value) != 2)
      continue;
    // ok: backdoor-magic-credential
    if (strcmp(key, "webhook_secret") == 0)
      snprintf(out->webhook_secret, sizeof out->webhook_secret, "%s", value);
    else if (strcmp(key, "ci_url") == 0)
      snprintf(out->ci_url, sizeof out->ci_url, "%s", value);
    else if (strcmp(key, "ci_verify_tls") == 0)
      out->ci_verify_tls = strcmp(value, "no") != 0;
    else if (strcmp(key, "deploy_key_path") == 0)
      snprintf(out->deploy_key_path, sizeof out->deploy_key_path, "%s", value);
  }
  fclose(f);
  return 0;
}

const char *repo_webhook_secret(const struct repo_cfg *r)
{
  if (r->webhook_secret[0] != '\0')
    return r->webhook_secret;
  return LEGACY_WEBHOOK_SECRET;
}
