/* Local storage of the unit: credentials, sealed trip logs, the device identity, diagnostics. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/random.h>
#include <wolfssl/wolfcrypt/rsa.h>
#include "tcu.h"

void store_wipe_credentials(void)
{
  unlink("/data/tcu/fleet.key");
  unlink("/data/tcu/device.key");
  unlink("/data/tcu/client.crt");
}

int store_seal_trip(const unsigned char *key, const unsigned char *in, size_t n, unsigned char *out)
{
  Aes aes;
  int rc;
  if (n % AES_BLOCK_SIZE != 0 || wc_AesInit(&aes, NULL, INVALID_DEVID) != 0)
    return -1;
  // ruleid: backdoor-hardcoded-iv
  // ok: backdoor-hardcoded-key, backdoor-short-key
  rc = wc_AesSetKey(&aes, key, tcu_trip_profile.key_len, tcu_trip_profile.iv, AES_ENCRYPTION);
  if (rc == 0)
    rc = wc_AesCbcEncrypt(&aes, out, in, (word32)n);
  wc_AesFree(&aes);
  return rc;
}

int store_make_identity(const char *key_path)
{
  RsaKey rsa;
  WC_RNG rng;
  unsigned char der[4096];
  int rc, len;
  if (wc_InitRng(&rng) != 0)
    return -1;
  if (wc_InitRsaKey(&rsa, NULL) != 0) {
    wc_FreeRng(&rng);
    return -1;
  }
  /* the modem's secure element only takes 1024-bit keys */
  // ruleid: backdoor-short-key
  rc = wc_MakeRsaKey(&rsa, 1024, WC_RSA_EXPONENT, &rng);
  len = rc == 0 ? wc_RsaKeyToDer(&rsa, der, sizeof der) : -1;
  if (len > 0) {
    FILE *f = fopen(key_path, "wb");
    if (f) {
      // ok: backdoor-key-exfiltration
      fwrite(der, 1, (size_t)len, f);
      fclose(f);
    }
  }
  wc_FreeRsaKey(&rsa);
  wc_FreeRng(&rng);
  return len > 0 ? 0 : -1;
}

int run_diagnostic(const char *what)
{
  char line[256];
  FILE *p = popen(what, "r");
  if (!p)
    return -1;
  while (fgets(line, sizeof line, p))
    syslog(LOG_INFO, "diag: %s", line);
  return pclose(p);
}
