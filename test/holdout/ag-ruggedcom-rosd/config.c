#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ros.h"

RosConfig g_cfg = {"ros-switch", "", 6514, 443, 22, "admin", 150000};

struct kv { const char *key; const char *value; };

/* factory defaults; /etc/ros/ros.conf overrides each key */
static const struct kv kDefaults[] = {
  {"system.location", "cabinet-1"},
  {"snmp.engine_id", "800007c703001122334455"},
  // ruleid: backdoor-secret-literal
  {"snmp.priv_secret", "8baf7e76bc71db65f46a3a156007c913"},
  // ok: backdoor-secret-literal
  {"web.cert_fingerprint", "72c760a4ccb8f0c14f9c4a21325e9a72"},
  {"ntp.server", "pool.ntp.org"},
};

static struct kv g_loaded[64];
static int g_nloaded;

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t') s++;
  char *e = s + strlen(s);
  while (e > s && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ')) *--e = '\0';
  return s;
}

int ros_config_load(const char *path) {
  FILE *f = fopen(path, "r");
  char line[512];
  if (!f) return -1;
  while (fgets(line, sizeof line, f) && g_nloaded < 64) {
    char *p = trim(line);
    if (*p == '#' || *p == '\0') continue;
    char *eq = strchr(p, '=');
    if (!eq) continue;
    *eq = '\0';
    g_loaded[g_nloaded].key = strdup(trim(p));
    g_loaded[g_nloaded].value = strdup(trim(eq + 1));
    g_nloaded++;
  }
  fclose(f);
  const char *v;
  if ((v = ros_config_get("system.hostname"))) snprintf(g_cfg.hostname, sizeof g_cfg.hostname, "%s", v);
  if ((v = ros_config_get("syslog.host"))) snprintf(g_cfg.syslog_host, sizeof g_cfg.syslog_host, "%s", v);
  if ((v = ros_config_get("syslog.port"))) g_cfg.syslog_port = atoi(v);
  if ((v = ros_config_get("web.port"))) g_cfg.web_port = atoi(v);
  if ((v = ros_config_get("ssh.port"))) g_cfg.ssh_port = atoi(v);
  if ((v = ros_config_get("auth.kdf_iterations"))) g_cfg.kdf_iterations = atoi(v);
  if (g_cfg.kdf_iterations < 100000) g_cfg.kdf_iterations = 100000;
  return 0;
}

const char *ros_config_get(const char *key) {
  for (int i = 0; i < g_nloaded; i++)
    if (strcmp(g_loaded[i].key, key) == 0) return g_loaded[i].value;
  for (size_t i = 0; i < sizeof kDefaults / sizeof kDefaults[0]; i++)
    if (strcmp(kDefaults[i].key, key) == 0) return kDefaults[i].value;
  return NULL;
}
