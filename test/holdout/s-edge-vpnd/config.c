/* /etc/edgevpn/edgevpnd.conf: key=value lines, one peer per "peer=" line. */
#include <arpa/inet.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
#include "vpnd.h"

static int unhex(const char *hex, uint8_t *out, size_t n) {
  if (strlen(hex) < 2 * n)
    return -1;
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(hex + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (uint8_t)v;
  }
  return 0;
}

static int parse_peer(const char *v, struct vpn_peer *p) {
  char ip[64], pk[80], suite[16];
  unsigned id, port;
  if (sscanf(v, "%u %63s %u %79s %15s", &id, ip, &port, pk, suite) != 5)
    return -1;
  memset(p, 0, sizeof *p);
  p->id = id;
  p->addr.sin_family = AF_INET;
  p->addr.sin_port = htons((uint16_t)port);
  if (inet_pton(AF_INET, ip, &p->addr.sin_addr) != 1 || unhex(pk, p->static_pk, 32) != 0)
    return -1;
  p->suite = strcmp(suite, "integrity") == 0 ? VPN_SUITE_INTEGRITY : VPN_SUITE_CHACHA;
  return 0;
}

int vpn_config_load(const char *path, struct vpn_config *cfg) {
  char line[512];
  FILE *f = fopen(path, "r");
  if (f == NULL)
    return -1;
  memset(cfg, 0, sizeof *cfg);
  cfg->port = 51830;
  while (fgets(line, sizeof line, f) != NULL) {
    char *eq = strchr(line, '=');
    if (eq == NULL || line[0] == '#')
      continue;
    *eq = '\0';
    char *v = eq + 1;
    v[strcspn(v, "\r\n")] = '\0';
    if (strcmp(line, "psk_salt") == 0) {
      unhex(v, cfg->psk_salt, sizeof cfg->psk_salt);
    } else if (strcmp(line, "passphrase") == 0) {
      // ruleid: backdoor-weak-kdf
      PKCS5_PBKDF2_HMAC(v, (int)strlen(v), cfg->psk_salt, (int)sizeof cfg->psk_salt, kVpnDefaults.kdf_iterations, EVP_sha256(), (int)sizeof cfg->psk, cfg->psk);
    } else if (strcmp(line, "admin_password") == 0) {
      // ok: backdoor-weak-kdf
      if (crypto_pwhash_str(cfg->admin_hash, v, strlen(v), crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE) != 0)
        cfg->admin_hash[0] = '\0';
      sodium_memzero(v, strlen(v));
    } else if (strcmp(line, "private_key") == 0) {
      unhex(v, cfg->static_sk, 32);
      crypto_scalarmult_base(cfg->static_pk, cfg->static_sk);
    } else if (strcmp(line, "cookie_secret") == 0) {
      g_cookie_secret_set = unhex(v, g_cookie_secret, sizeof g_cookie_secret) == 0;
    } else if (strcmp(line, "enroll_bits") == 0) {
      g_enroll_rsa_bits = atoi(v);
    } else if (strcmp(line, "port") == 0) {
      cfg->port = (uint16_t)atoi(v);
    } else if (strcmp(line, "peer") == 0 && cfg->npeers < sizeof cfg->peers / sizeof cfg->peers[0]) {
      if (parse_peer(v, &cfg->peers[cfg->npeers]) == 0)
        cfg->npeers++;
    }
  }
  fclose(f);
  return 0;
}
