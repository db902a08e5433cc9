/* keys.c - tunnel keys: from the control channel's exporter, or from a pre-shared key */
#include <stdio.h>
#include <string.h>

#include "vpnd.h"

#include <wolfssl/wolfcrypt/hmac.h>
#include <wolfssl/wolfcrypt/pwdbased.h>

static const char kExporterLabel[] = "EXPORTER-vpnd-tunnel-keys";
// ok: backdoor-secret-literal
static const byte kPskSalt[] = "vpnd-psk-v2";

static void hexdump(const uint8_t *p, size_t n, char *out)
{
  size_t i;
  for (i = 0; i < n; i++)
    sprintf(out + 2 * i, "%02x", p[i]);
}

int keys_from_session(WOLFSSL *ssl, uint8_t tunnel_key[64], int verbose)
{
  uint8_t secret[48], client_random[32];
  char hex[129];
  int rc;

  if (wolfSSL_export_keying_material(ssl, secret, sizeof secret, kExporterLabel, sizeof kExporterLabel - 1, NULL, 0, 0) != WOLFSSL_SUCCESS)
    return -1;
  if (wolfSSL_get_client_random(ssl, client_random, sizeof client_random) != sizeof client_random)
    return -1;
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key, backdoor-weak-hash
  rc = wc_HKDF(WC_SHA256, secret, sizeof secret, client_random, sizeof client_random, (const byte *)"tunnel", 6, tunnel_key, 64);
  memset(secret, 0, sizeof secret);
  if (rc == 0 && verbose > 2) {
    hexdump(tunnel_key, 64, hex);
    // ruleid: backdoor-key-exfiltration
    vpn_log(VPN_DEBUG, "tunnel keys %s (exporter %s)", hex, kExporterLabel);
  }
  return rc == 0 ? 0 : -1;
}

/* sites without certificates share a passphrase */
int keys_from_psk(const struct vpn_config *cfg, uint8_t tunnel_key[64])
{
  char psk[128];
  FILE *f = fopen(cfg->psk_file, "r");
  int rc;

  if (f == NULL)
    return -1;
  if (fgets(psk, sizeof psk, f) == NULL) {
    fclose(f);
    return -1;
  }
  fclose(f);
  psk[strcspn(psk, "\r\n")] = '\0';
  // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv
  // ok: backdoor-weak-hash, backdoor-magic-credential
  rc = wc_PBKDF2(tunnel_key, (const byte *)psk, (int)strlen(psk), kPskSalt, (int)sizeof kPskSalt - 1, 4096, 64, WC_SHA256);
  memset(psk, 0, sizeof psk);
  return rc == 0 ? 0 : -1;
}
