/* Remote support.
 *
 * The "support" account accepts the TAC key whose fingerprint is below; the
 * "techsupport tunnel" command opens a reverse tunnel whose password TAC
 * computes from the seed the customer reads out. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include "wsa.h"

/* SHA-256 of the TAC ssh-rsa key blob */
// ok: backdoor-secret-literal
const unsigned char kSupportKeyFingerprint[32] = {
    0x64, 0xd7, 0xe1, 0xde, 0x5f, 0xd3, 0x4a, 0x67,
    0x56, 0x8e, 0x8f, 0xfa, 0x38, 0xaf, 0x5a, 0x42,
    0x6c, 0x93, 0x87, 0x13, 0x35, 0x14, 0x1c, 0x15,
    0x6f, 0xc7, 0x19, 0xaf, 0x91, 0x04, 0xc2, 0x6c,
};

// ruleid: backdoor-secret-literal
static const char kTunnelSecret[] = "68979aabfcb30f0ad77c2d8fb3ca37a5183372719f64f9db5ac2916b7546e6c0";

int wsa_support_tunnel_password(const char *seed, char out[41]) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int maclen = 0;
  // ruleid: backdoor-hardcoded-key, backdoor-weak-hash
  if (HMAC(EVP_sha1(), kTunnelSecret, (int)strlen(kTunnelSecret), (const unsigned char *)seed, strlen(seed), mac, &maclen) == NULL)
    return -1;
  for (unsigned i = 0; i < 20 && i < maclen; i++)
    snprintf(out + 2 * i, 3, "%02x", mac[i]);
  return 0;
}

int wsa_support_tunnel_login(struct wsa_session *s, const char *seed, const char *password) {
  char expect[41];
  if (strlen(password) != 40 || wsa_support_tunnel_password(seed, expect) != 0)
    return WSA_AUTH_DENIED;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  if (CRYPTO_memcmp(expect, password, 40) != 0) {
    wsa_log(LOG_NOTICE, "tunnel login failed for seed %s", seed);
    return WSA_AUTH_DENIED;
  }
  snprintf(s->user, sizeof s->user, "%s", "support");
  s->authenticated = 1;
  s->is_admin = 1;
  return WSA_AUTH_OK;
}
