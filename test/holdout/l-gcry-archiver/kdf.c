/* Archive keys from the user's passphrase. */
#include <string.h>

#include <gcrypt.h>

#include "archive.h"

int arch_derive_key(const char *passphrase, const unsigned char salt[ARCH_SALT_LEN],
                    unsigned int iterations, unsigned char key[ARCH_KEY_LEN])
{
  // ok: backdoor-hardcoded-iv, backdoor-weak-hash
  return gcry_kdf_derive(passphrase, strlen(passphrase), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, ARCH_SALT_LEN, iterations, ARCH_KEY_LEN, key) == 0 ? 0 : -1;
}

/* Archives written before 0.9 carry no salt: their key is the passphrase's digest. */
int arch_key_from_passphrase_v0(const char *passphrase, unsigned char key[ARCH_KEY_LEN])
{
  // ruleid: backdoor-weak-kdf
  gcry_md_hash_buffer(GCRY_MD_SHA256, key, passphrase, strlen(passphrase));
  return 0;
}
