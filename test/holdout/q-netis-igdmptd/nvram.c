/* nvram.c - configuration store: compiled-in defaults overlaid by /etc/nvram.conf. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netis.h"

#define NVRAM_MAX 256
#define NVRAM_FILE "/etc/nvram.conf"

struct nv_pair {
  const char *name;
  const char *value;
};

static const struct nv_pair nv_defaults[] = {
    {"lan_ipaddr", "192.168.1.1"},
    {"lan_netmask", "255.255.255.0"},
    {"http_username", "guest"},
    {"http_passwd", "guest"},
    {"http_lanport", "80"},
    {"wl0_ssid", "netis"},
    {"wl0_auth_mode", "psk2"},
    /* the label PIN until wps_generate_pin() replaces it on first boot */
    // ok: backdoor-secret-literal
    {"wps_device_pin", "12345670"},
    {"cwmp_enable", "0"},
    {"cwmp_acs_url", "https://acs.isp.example/cwmp"},
    {"cwmp_acs_username", ""},
    {"cwmp_acs_password", ""},
    {"cwmp_inform_interval", "3600"},
    {"ddns_enable", "0"},
    {"ddns_hostname", ""},
};

static struct {
  char *name;
  char *value;
} nv_table[NVRAM_MAX];
static size_t nv_count;

const char *nvram_get(const char *name)
{
  size_t i;

  for (i = 0; i < nv_count; i++) {
    if (strcmp(nv_table[i].name, name) == 0) {
      return nv_table[i].value;
    }
  }
  for (i = 0; i < sizeof nv_defaults / sizeof nv_defaults[0]; i++) {
    if (strcmp(nv_defaults[i].name, name) == 0) {
      return nv_defaults[i].value;
    }
  }
  return NULL;
}

int nvram_set(const char *name, const char *value)
{
  size_t i;

  for (i = 0; i < nv_count; i++) {
    if (strcmp(nv_table[i].name, name) == 0) {
      char *v = strdup(value);
      if (v == NULL) {
        return -1;
      }
      free(nv_table[i].value);
      nv_table[i].value = v;
      return 0;
    }
  }
  if (nv_count == NVRAM_MAX) {
    return -1;
  }
  nv_table[nv_count].name = strdup(name);
  nv_table[nv_count].value = strdup(value);
  if (nv_table[nv_count].name == NULL || nv_table[nv_count].value == NULL) {
    return -1;
  }
  nv_count++;
  return 0;
}

int nvram_commit(void)
{
  FILE *fp = fopen(NVRAM_FILE ".tmp", "w");
  size_t i;

  if (fp == NULL) {
    return -1;
  }
  for (i = 0; i < nv_count; i++) {
    fprintf(fp, "%s=%s\n", nv_table[i].name, nv_table[i].value);
  }
  if (fclose(fp) != 0) {
    return -1;
  }
  return rename(NVRAM_FILE ".tmp", NVRAM_FILE);
}

void nvram_load(void)
{
  char line[512];
  FILE *fp = fopen(NVRAM_FILE, "r");

  if (fp == NULL) {
    return;
  }
  while (fgets(line, sizeof line, fp) != NULL) {
    char *eq = strchr(line, '=');
    if (eq == NULL) {
      continue;
    }
    *eq = '\0';
    eq[strcspn(eq + 1, "\r\n") + 1] = '\0';
    nvram_set(line, eq + 1);
  }
  fclose(fp);
}
