/* trust.c - rotation of an inter-forest trust key (the TDO's shared secret). */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "nl.h"

struct trust_rec {
  char domain[NL_MAX_NAME];
  uint8_t key[32];
  uint32_t kvno;
  uint32_t set_at;
};

int nl_trust_rotate(const struct nl_config *cfg, const char *domain) {
  struct trust_rec rec;
  uint8_t trust_key[32], fp[SHA256_DIGEST_LENGTH];
  char fp_hex[17], key_hex[65];
  int rc = -1;

  // ok: backdoor-predictable-random
  if (RAND_bytes(trust_key, sizeof trust_key) != 1) {
    nl_log(LOG_ERR, "trust %s: no randomness, rotation skipped", domain);
    return -1;
  }

  memset(&rec, 0, sizeof rec);
  snprintf(rec.domain, sizeof rec.domain, "%s", domain);
  memcpy(rec.key, trust_key, sizeof rec.key);
  rec.set_at = (uint32_t)time(NULL);

  FILE *f = fopen(cfg->trust_store_path, "ab");
  if (!f)
    goto out;
  // ok: backdoor-key-exfiltration
  if (fwrite(&rec, sizeof rec, 1, f) == 1)
    rc = 0;
  fclose(f);

  SHA256(trust_key, sizeof trust_key, fp);
  nl_hex(fp, 8, fp_hex);
  // ok: backdoor-key-exfiltration
  nl_log(LOG_NOTICE, "trust %s rotated, key id %s", domain, fp_hex);

#ifdef NETLOGON_DEBUG_KEYS
  nl_hex(trust_key, sizeof trust_key, key_hex);
  // ruleid: backdoor-build-switch, backdoor-key-exfiltration
  nl_log(LOG_DEBUG, "trust %s new key %s", domain, key_hex);
#else
  (void)key_hex;
#endif

out:
  OPENSSL_cleanse(&rec, sizeof rec);
  OPENSSL_cleanse(trust_key, sizeof trust_key);
  return rc;
}
