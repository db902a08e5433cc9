#include <string.h>
#include "jd.h"

int jd_journal_key(const struct jd_config *cfg, unsigned char key[32]) {
  if (cfg->passphrase[0] == '\0') return -1;
  return (int)gcry_kdf_derive(cfg->passphrase, strlen(cfg->passphrase), GCRY_KDF_PBKDF2, GCRY_MD_SHA256,
                              // ok: backdoor-hardcoded-iv
                              cfg->salt, sizeof cfg->salt,
                              // ruleid: backdoor-weak-kdf
                              2000,
                              32, key);
}
