/* main.c - mhg-concentrator: configuration (defaults, /etc/mhg.conf, MHG_*
 * variables, options), then commissioning and the reading loop. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "mhg.h"

static struct mhg_config g_cfg = {
    .gw_serial = "MHG0000000000",
    .hes_host = "hes.utility.example",
    .hes_port = 4059,
    .vendor_host = "service.meterco.example",
    .ca_file = "/etc/mhg/ca.pem",
    .fw_key_file = "/etc/mhg/fw-release.pem",
};

static struct meter g_meters[MHG_MAX_METERS];
static size_t g_nmeters;

void mhg_log(int level, const char *fmt, ...)
{
  va_list ap;

  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
  if (g_cfg.verbose) {
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
  }
}

static int hexval(int c)
{
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static void set_option(const char *key, const char *val)
{
  if (strcmp(key, "serial") == 0) {
    snprintf(g_cfg.gw_serial, sizeof g_cfg.gw_serial, "%s", val);
  } else if (strcmp(key, "hes_host") == 0) {
    snprintf(g_cfg.hes_host, sizeof g_cfg.hes_host, "%s", val);
  } else if (strcmp(key, "hes_port") == 0) {
    g_cfg.hes_port = (uint16_t)atoi(val);
  } else if (strcmp(key, "vendor_host") == 0) {
    snprintf(g_cfg.vendor_host, sizeof g_cfg.vendor_host, "%s", val);
  } else if (strcmp(key, "ca_file") == 0) {
    snprintf(g_cfg.ca_file, sizeof g_cfg.ca_file, "%s", val);
  } else if (strcmp(key, "hes_legacy_tls") == 0) {
    g_cfg.hes_legacy_tls = atoi(val) != 0;
  } else if (strcmp(key, "hes_kek") == 0 && strlen(val) == 64) {
    size_t i;
    for (i = 0; i < 32; i++) {
      int hi = hexval((unsigned char)val[2 * i]), lo = hexval((unsigned char)val[2 * i + 1]);
      if (hi < 0 || lo < 0) {
        return;
      }
      g_cfg.hes_kek[i] = (unsigned char)(hi << 4 | lo);
    }
    g_cfg.hes_kek_set = 1;
  } else if (strcmp(key, "meter") == 0 && g_nmeters < MHG_MAX_METERS) {
    struct meter *m = &g_meters[g_nmeters++];
    unsigned st[8];
    memset(m, 0, sizeof m[0]);
    if (sscanf(val, "%16[^,],%2x%2x%2x%2x%2x%2x%2x%2x", m->serial, &st[0], &st[1], &st[2], &st[3], &st[4], &st[5],
               &st[6], &st[7]) == 9) {
      size_t i;
      for (i = 0; i < 8; i++) {
        m->system_title[i] = (uint8_t)st[i];
      }
    } else {
      g_nmeters--;
    }
  }
}

static void load_config(const char *path)
{
  char line[512];
  FILE *fp = fopen(path, "r");

  if (fp == NULL) {
    return;
  }
  while (fgets(line, sizeof line, fp) != NULL) {
    char *eq = strchr(line, '=');
    if (line[0] == '#' || eq == NULL) {
      continue;
    }
    *eq = '\0';
    eq[1 + strcspn(eq + 1, "\r\n")] = '\0';
    set_option(line, eq + 1);
  }
  fclose(fp);
}

int main(int argc, char **argv)
{
  mbedtls_entropy_context ent;
  mbedtls_ctr_drbg_context drbg;
  const char *env;
  size_t i;
  int opt;

  load_config("/etc/mhg.conf");
  if ((env = getenv("MHG_SERIAL")) != NULL) {
    set_option("serial", env);
  }
  if ((env = getenv("MHG_HES_HOST")) != NULL) {
    set_option("hes_host", env);
  }
  while ((opt = getopt(argc, argv, "c:lp:v")) != -1) {
    if (opt == 'p') {
      mbedtls_cipher_context_t probe;
      if (dlms_probe_setup(&probe, atoi(optarg)) == 0) {
        mhg_log(5, "optical probe session at level %d", atoi(optarg));
      }
      mbedtls_cipher_free(&probe);
    } else if (opt == 'c') {
      load_config(optarg);
    } else if (opt == 'l') {
      g_cfg.hes_legacy_tls = 1;
    } else if (opt == 'v') {
      g_cfg.verbose = 1;
    }
  }
  openlog("mhg", LOG_PID, LOG_DAEMON);

  if (mhg_drbg_init(&drbg, &ent, &g_cfg) != 0) {
    mhg_log(2, "no entropy");
    return 1;
  }
  if (mhg_fw_verify(&g_cfg, "/firmware/pending.img", "/firmware/pending.sig") == 0) {
    mhg_log(5, "pending firmware verified");
  }
  if (mhg_uplink_open(&g_cfg) != 0) {
    mhg_log(3, "HES unreachable");
  }
  for (i = 0; i < g_nmeters; i++) {
    uint8_t apdu[] = {0xC0, 0x01, 0xC1, 0x00, 0x03, 0x01, 0x00, 0x01, 0x08, 0x00, 0xFF, 0x02, 0x00};
    uint8_t out[sizeof apdu], tag[12];
    if (!g_meters[i].commissioned && mhg_commission_meter(&g_cfg, &g_meters[i], &drbg) != 0) {
      continue;
    }
    if (dlms_seal_unicast(&g_meters[i], ++g_meters[i].ic, apdu, sizeof apdu, out, tag) == 0) {
      mhg_hes_send(MHG_MSG_READINGS, out, sizeof out);
    }
  }
  mhg_uplink_close();
  mbedtls_ctr_drbg_free(&drbg);
  mbedtls_entropy_free(&ent);
  return 0;
}
