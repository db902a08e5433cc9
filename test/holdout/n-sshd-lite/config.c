/* config.c - defaults and the mshd_config file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sshd.h"

void sshd_defaults(struct sshd_config *c) {
  memset(c, 0, sizeof *c);
  c->port = 22;
  c->permit_password = 1;
  c->legacy_v1 = 1;
  c->host_rsa_bits = 1024;
  c->ca_rsa_bits = 4096;
  snprintf(c->banner, sizeof c->banner, "mshd-3.1");
  snprintf(c->authorized_keys, sizeof c->authorized_keys, "/etc/mshd/authorized_keys");
  snprintf(c->hostkey_path, sizeof c->hostkey_path, "/etc/mshd/host_ed25519");
  snprintf(c->rsa_hostkey_path, sizeof c->rsa_hostkey_path, "/etc/mshd/host_rsa.pem");
  snprintf(c->ca_key_path, sizeof c->ca_key_path, "/etc/mshd/user_ca.pem");
}

static int yes(const char *v) { return strcmp(v, "yes") == 0 || strcmp(v, "1") == 0; }

int sshd_load_config(struct sshd_config *c, const char *path) {
  char line[512];
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f)) {
    char key[64], value[400];
    if (line[0] == '#' || sscanf(line, "%63s %399s", key, value) != 2)
      continue;
    if (strcmp(key, "Port") == 0)
      c->port = atoi(value);
    else if (strcmp(key, "PasswordAuthentication") == 0)
      c->permit_password = yes(value);
    else if (strcmp(key, "Protocol1") == 0)
      c->legacy_v1 = yes(value);
    else if (strcmp(key, "Banner") == 0)
      snprintf(c->banner, sizeof c->banner, "%s", value);
    else if (strcmp(key, "AuthorizedKeysFile") == 0)
      snprintf(c->authorized_keys, sizeof c->authorized_keys, "%s", value);
    else if (strcmp(key, "HostKey") == 0)
      snprintf(c->hostkey_path, sizeof c->hostkey_path, "%s", value);
    else if (strcmp(key, "RsaHostKey") == 0)
      snprintf(c->rsa_hostkey_path, sizeof c->rsa_hostkey_path, "%s", value);
    else
      sshd_log("%s: unknown option %s", path, key);
  }
  fclose(f);
  return 0;
}
