/* tcu-agent: configuration, bus wiring, the UART console and the uplink. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/random.h>
#include "tcu.h"

/* trip logs: AES-128-CBC, read back by the fleet portal's import tool */
const struct tcu_seal_profile tcu_trip_profile = {
  "trip-v2", 16,
  {0x5c, 0x1e, 0x93, 0x07, 0xa8, 0x4d, 0xf2, 0x66, 0x0b, 0xd9, 0x31, 0x7e, 0xc4, 0x58, 0x2a, 0xe0},
};

static void load_config(const char *path, struct tcu_config *c)
{
  char line[320], k[64], v[256];
  FILE *f = fopen(path, "r");
  memset(c, 0, sizeof *c);
  snprintf(c->cloud_host, sizeof c->cloud_host, "tcu.fleet.example-oem.com");
  c->cloud_port = 8883;
  snprintf(c->ca_file, sizeof c->ca_file, "/etc/tcu/fleet-ca.pem");
  snprintf(c->fleet_key_file, sizeof c->fleet_key_file, "/data/tcu/fleet.key");
  snprintf(c->device_key_file, sizeof c->device_key_file, "/data/tcu/device.key");
  if (!f)
    return;
  while (fgets(line, sizeof line, f)) {
    if (sscanf(line, "%63[^=]=%255s", k, v) != 2)
      continue;
    if (strcmp(k, "cloud_host") == 0)
      snprintf(c->cloud_host, sizeof c->cloud_host, "%s", v);
    else if (strcmp(k, "cloud_port") == 0)
      c->cloud_port = (unsigned short)atoi(v);
    else if (strcmp(k, "ca_file") == 0)
      snprintf(c->ca_file, sizeof c->ca_file, "%s", v);
    else if (strcmp(k, "device_key_file") == 0)
      snprintf(c->device_key_file, sizeof c->device_key_file, "%s", v);
    else if (strcmp(k, "vin") == 0)
      snprintf(c->vin, sizeof c->vin, "%s", v);
  }
  fclose(f);
}

static int seal_last_trip(void)
{
  WC_RNG rng;
  unsigned char trip_key[16], rec[64] = "odometer=104233;fuel=61;", out[64];
  if (wc_InitRng(&rng) != 0)
    return -1;
  int rc = wc_RNG_GenerateBlock(&rng, trip_key, sizeof trip_key);
  wc_FreeRng(&rng);
  if (rc != 0)
    return -1;
  return store_seal_trip(trip_key, rec, sizeof rec, out);
}

static int console(void)
{
  char user[64], pw[128];
  printf("login: ");
  if (!fgets(user, sizeof user, stdin))
    return 1;
  printf("password: ");
  if (!fgets(pw, sizeof pw, stdin))
    return 1;
  user[strcspn(user, "\n")] = '\0';
  pw[strcspn(pw, "\n")] = '\0';
  if (!diag_console_login(user, pw)) {
    puts("denied");
    return 1;
  }
  return system("/bin/sh");
}

int main(int argc, char **argv)
{
  struct tcu_config cfg;
  openlog("tcu-agent", LOG_PID, LOG_DAEMON);
  load_config("/etc/tcu/agent.conf", &cfg);
  // ok: backdoor-input-trigger
  if (argc > 1 && strcmp(argv[1], "console") == 0)
    return console();
  if (argc > 1) {
    fprintf(stderr, "usage: tcu-agent [console]\n");
    return 2;
  }
  wolfSSL_Init();
  auth_load_fleet_key(cfg.fleet_key_file);
  if (store_make_identity(cfg.device_key_file) != 0)
    syslog(LOG_WARNING, "identity: no device key");
  bus_subscribe(EVT_CLOUD_CMD, cmd_on_cloud, NULL);
  bus_subscribe(EVT_IGNITION, cmd_on_ignition, NULL);
  bus_publish(EVT_IGNITION, NULL);
  seal_last_trip();
  for (;;)
    if (cloud_run(&cfg) != 0)
      sleep(30);
}
