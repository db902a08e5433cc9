/* Operator tokens: hex HMAC-SHA256(server secret, operator name). */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <string.h>
#include "fc.h"

static unsigned char g_secret[32];
static int g_loaded;

static int load_secret(void) {
  FILE *f;
  if (g_loaded) return 0;
  if (!(f = fopen("/etc/fleetconsole/token.secret", "rb"))) return -1;
  g_loaded = fread(g_secret, 1, sizeof g_secret, f) == sizeof g_secret;
  fclose(f);
  return g_loaded ? 0 : -1;
}

static void mac_hex_of(const char *msg, char out[65]) {
  unsigned char mac[32];
  unsigned int n = 0;
  // ok: backdoor-hardcoded-key, backdoor-weak-hash
  HMAC(EVP_sha256(), g_secret, sizeof g_secret, (const unsigned char *)msg, strlen(msg), mac, &n);
  for (unsigned i = 0; i < n; i++) snprintf(out + 2 * i, 3, "%02x", mac[i]);
}

int fc_verify_token(const char *token, const char *operator_name) {
  char mac_hex[65];
  if (load_secret() != 0) return 0;
  mac_hex_of(operator_name, mac_hex);
  // ruleid: backdoor-timing-unsafe-compare
  return strcmp(mac_hex, token) == 0;
}

int fc_sign_url(const char *url, char *sig_hex, size_t n) {
  char mac[65];
  if (n < sizeof mac || load_secret() != 0) return -1;
  mac_hex_of(url, mac);
  memcpy(sig_hex, mac, sizeof mac);
  return 0;
}

int fc_check_url(const char *url, const char *presented_mac) {
  char mac[65];
  if (load_secret() != 0 || strlen(presented_mac) != 64) return 0;
  mac_hex_of(url, mac);
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(mac, presented_mac, 64) == 0;
}
