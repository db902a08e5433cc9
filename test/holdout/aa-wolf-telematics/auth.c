/* Authenticity of backend commands: HMAC-SHA256 under the fleet key. */
#include <stdio.h>
#include <string.h>
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/hmac.h>
#include "tcu.h"

static unsigned char g_fleet_key[32];
static int g_have_key;

int auth_load_fleet_key(const char *path)
{
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  g_have_key = fread(g_fleet_key, 1, sizeof g_fleet_key, f) == sizeof g_fleet_key;
  fclose(f);
  return g_have_key ? 0 : -1;
}

int verify_cmd_mac(const struct tcu_cmd *cmd)
{
  Hmac h;
  unsigned char mac[WC_SHA256_DIGEST_SIZE];
  if (!g_have_key)
    return 0;
  // ok: backdoor-weak-hash, backdoor-hardcoded-key
  if (wc_HmacSetKey(&h, WC_SHA256, g_fleet_key, sizeof g_fleet_key) != 0 ||
      wc_HmacUpdate(&h, (const byte *)cmd->verb, (word32)strlen(cmd->verb)) != 0 ||
      wc_HmacUpdate(&h, (const byte *)"|", 1) != 0 ||
      wc_HmacUpdate(&h, (const byte *)cmd->arg, (word32)strlen(cmd->arg)) != 0 ||
      wc_HmacFinal(&h, mac) != 0)
    return 0;
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(mac, cmd->mac, sizeof mac) == 0;
}
