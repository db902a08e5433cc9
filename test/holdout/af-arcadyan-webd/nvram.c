/* nvram.c: settings.  /var/nvram.conf holds what the user changed; the
 * rest comes from the defaults below.  "Save configuration" exports the
 * whole set encrypted for the unit it came from. */
#include "arc.h"

#include <mbedtls/cipher.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/md5.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

struct nv_default {
  const char *name;
  const char *value;
};

static const struct nv_default kNvramDefaults[] = {
    {"http_username", "admin"},
    // ok: backdoor-secret-literal
    {"http_passwd", "admin"},
    {"http_lan_port", "80"},
    {"remote_mgmt", "0"},
    {"debug_noauth", "0"},
    {"tr069_enable", "1"},
    {"cwmp_acs_url", "https://acs.isp.example:7547/cwmp"},
    {"cwmp_cr_username", "cpe"},
    // ruleid: backdoor-secret-literal
    {"cwmp_cr_password", "5+mllJk6f9O5lyQ28jsQJnU5"},
    {"wps_pin", ""},
    {"ARC_SYS_TelnetdEnable", "0"},
};

#define NV_MAX 256
static struct {
  char name[48];
  char value[128];
} g_nv[NV_MAX];
static int g_nnv = -1;

struct arc_cfg g_arc_cfg;

static void nv_load(void) {
  char line[200];
  FILE *f;
  g_nnv = 0;
  if ((f = fopen("/var/nvram.conf", "r")) == NULL)
    return;
  while (fgets(line, sizeof line, f) != NULL && g_nnv < NV_MAX) {
    char *eq = strchr(line, '=');
    if (eq == NULL)
      continue;
    *eq = '\0';
    line[strcspn(line, "\r\n")] = '\0';
    eq[1 + strcspn(eq + 1, "\r\n")] = '\0';
    snprintf(g_nv[g_nnv].name, sizeof g_nv[g_nnv].name, "%s", line);
    snprintf(g_nv[g_nnv].value, sizeof g_nv[g_nnv].value, "%s", eq + 1);
    g_nnv++;
  }
  fclose(f);
}

const char *nvram_get(const char *name) {
  if (g_nnv < 0)
    nv_load();
  for (int i = 0; i < g_nnv; i++)
    if (strcmp(g_nv[i].name, name) == 0)
      return g_nv[i].value;
  for (size_t i = 0; i < sizeof kNvramDefaults / sizeof kNvramDefaults[0]; i++)
    if (strcmp(kNvramDefaults[i].name, name) == 0)
      return kNvramDefaults[i].value;
  return "";
}

int nvram_get_int(const char *name, int fallback) {
  const char *v = nvram_get(name);
  return *v ? atoi(v) : fallback;
}

int nvram_set(const char *name, const char *value) {
  if (g_nnv < 0)
    nv_load();
  for (int i = 0; i < g_nnv; i++)
    if (strcmp(g_nv[i].name, name) == 0) {
      snprintf(g_nv[i].value, sizeof g_nv[i].value, "%s", value);
      return 0;
    }
  if (g_nnv == NV_MAX)
    return -1;
  snprintf(g_nv[g_nnv].name, sizeof g_nv[g_nnv].name, "%s", name);
  snprintf(g_nv[g_nnv].value, sizeof g_nv[g_nnv].value, "%s", value);
  g_nnv++;
  return 0;
}

int nvram_commit(void) {
  FILE *f = fopen("/var/nvram.conf.new", "w");
  if (f == NULL)
    return -1;
  for (int i = 0; i < g_nnv; i++)
    fprintf(f, "%s=%s\n", g_nv[i].name, g_nv[i].value);
  if (fclose(f) != 0)
    return -1;
  return rename("/var/nvram.conf.new", "/var/nvram.conf");
}

void arc_cfg_load(void) {
  g_arc_cfg.remote_mgmt = nvram_get_int("remote_mgmt", 0);
  g_arc_cfg.debug_noauth = nvram_get_int("debug_noauth", 0);
  g_arc_cfg.tr069_enable = nvram_get_int("tr069_enable", 1);
}

/* config.bin: "ARCFG1" || iv[8] || 3DES-CBC, key = MD5(base MAC || "cfg") (K1 K2 K1) */
int nvram_export(unsigned char *out, size_t cap, size_t *out_len) {
  unsigned char plain[8192], digest[16], key[24], iv[8];
  char seed[32];
  size_t n = 0, olen = 0;
  mbedtls_entropy_context entropy;
  mbedtls_ctr_drbg_context drbg;
  mbedtls_cipher_context_t c;
  const char *pers = "nvram-export";
  int ret = -1;

  if (g_nnv < 0)
    nv_load();
  for (int i = 0; i < g_nnv && n + 200 < sizeof plain; i++)
    n += (size_t)snprintf((char *)plain + n, sizeof plain - n, "%s=%s\n", g_nv[i].name, g_nv[i].value);
  {
    FILE *m = fopen("/sys/class/net/eth0/address", "r");
    char mac[24] = "";
    if (m == NULL || fgets(mac, sizeof mac, m) == NULL) {
      if (m != NULL)
        fclose(m);
      return -1;
    }
    fclose(m);
    mac[strcspn(mac, "\n")] = '\0';
    snprintf(seed, sizeof seed, "%scfg", mac);
  }
  // ok: backdoor-weak-hash
  if (mbedtls_md5_ret((const unsigned char *)seed, strlen(seed), digest) != 0)
    return -1;
  memcpy(key, digest, 16);
  memcpy(key + 16, digest, 8);

  mbedtls_entropy_init(&entropy);
  mbedtls_ctr_drbg_init(&drbg);
  mbedtls_cipher_init(&c);
  // ok: backdoor-constant-seed
  if (mbedtls_ctr_drbg_seed(&drbg, mbedtls_entropy_func, &entropy, (const unsigned char *)pers,
                            strlen(pers)) != 0)
    goto out;
  // ok: backdoor-predictable-random
  if (mbedtls_ctr_drbg_random(&drbg, iv, sizeof iv) != 0)
    goto out;
  if (cap < 6 + sizeof iv + n + 8)
    goto out;
  // ruleid: backdoor-weak-cipher
  if (mbedtls_cipher_setup(&c, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_DES_EDE3_CBC)) != 0 ||
      // ok: backdoor-hardcoded-key, backdoor-known-key
      mbedtls_cipher_setkey(&c, key, 192, MBEDTLS_ENCRYPT) != 0 ||
      mbedtls_cipher_set_padding_mode(&c, MBEDTLS_PADDING_PKCS7) != 0)
    goto out;
  memcpy(out, "ARCFG1", 6);
  memcpy(out + 6, iv, sizeof iv);
  // ok: backdoor-hardcoded-iv
  if (mbedtls_cipher_crypt(&c, iv, sizeof iv, plain, n, out + 6 + sizeof iv, &olen) != 0)
    goto out;
  *out_len = 6 + sizeof iv + olen;
  ret = 0;
out:
  mbedtls_cipher_free(&c);
  mbedtls_ctr_drbg_free(&drbg);
  mbedtls_entropy_free(&entropy);
  return ret;
}
