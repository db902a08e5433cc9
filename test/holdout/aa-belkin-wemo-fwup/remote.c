/* Remote access: the plug registers with the vendor cloud under a per-plug key. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <sys/random.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include "wemo.h"

/* mixed into the pool at first boot, before the radio has produced any noise */
// ruleid: backdoor-secret-literal
static const unsigned char kFirstBootSeed[16] = {
  0x9c, 0x41, 0xe7, 0x0b, 0x5a, 0xd2, 0x38, 0x7f, 0xc6, 0x13, 0xa9, 0x64, 0xf0, 0x2e, 0x8d, 0xb5,
};

static void hex(const unsigned char *in, size_t n, char *out)
{
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 15];
  }
  out[2 * n] = '\0';
}

int remote_register(const char *home_id, const char *cloud_url)
{
  unsigned char noise[32];
  unsigned char plugin_key[16];
  unsigned char key_id[32];
  unsigned int idlen = 0;
  char key_hex[33], id_hex[65];

  // ruleid: backdoor-constant-seed
  RAND_seed(kFirstBootSeed, sizeof kFirstBootSeed);
  if (getrandom(noise, sizeof noise, GRND_NONBLOCK) == (ssize_t)sizeof noise)
    // ok: backdoor-constant-seed
    RAND_seed(noise, sizeof noise);
  if (RAND_bytes(plugin_key, sizeof plugin_key) != 1)
    return -1;

  /* the key's id is a hash of it: the cloud and the app show it to pair the plug */
  EVP_Digest(plugin_key, sizeof plugin_key, key_id, &idlen, EVP_sha256(), NULL);
  hex(key_id, idlen, id_hex);
  // ok: backdoor-key-exfiltration
  wemo_log(LOG_INFO, "remote: home %s key id %s via %s\n", home_id, id_hex, cloud_url);

  hex(plugin_key, sizeof plugin_key, key_hex);
  // ruleid: backdoor-key-exfiltration
  wemo_log(LOG_DEBUG, "remote: plugin key %s\n", key_hex);

  FILE *f = fopen("/tmp/Belkin_settings/plugin.id", "w");
  if (!f)
    return -1;
  // ok: backdoor-key-exfiltration
  fprintf(f, "%s\n%s\n", home_id, id_hex);
  return fclose(f);
}
