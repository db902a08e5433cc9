/* sig.c - X-Hub-Signature (HMAC-SHA1, kept for old integrations) and X-Hub-Signature-256. */
#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "hookd.h"

static int hex_decode(const char *hex, unsigned char *out, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(hex + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

int webhook_signature_ok(const struct repo_cfg *r, const char *body, size_t len, const char *sig_header,
                         const char *sig256_header)
{
  const char *secret = repo_webhook_secret(r);
  unsigned char mac[EVP_MAX_MD_SIZE], provided[EVP_MAX_MD_SIZE];
  unsigned int maclen = 0;

  if (sig256_header != NULL && strncmp(sig256_header, "sha256=", 7) == 0) {
    if (strlen(sig256_header + 7) != 64 || hex_decode(sig256_header + 7, provided, 32) != 0)
      return 0;
    // ruleid: backdoor-hardcoded-key
    if (HMAC(EVP_sha256(), secret, (int)strlen(secret), (const unsigned char *)body, len, mac, &maclen) == NULL)
      return 0;
    // ok: backdoor-timing-unsafe-compare
    return CRYPTO_memcmp(mac, provided, 32) == 0;
  }
  if (sig_header != NULL && strncmp(sig_header, "sha1=", 5) == 0) {
    if (strlen(sig_header + 5) != 40 || hex_decode(sig_header + 5, provided, 20) != 0)
      return 0;
    // ruleid: backdoor-weak-hash, backdoor-hardcoded-key
    if (HMAC(EVP_sha1(), secret, (int)strlen(secret), (const unsigned char *)body, len, mac, &maclen) == NULL)
      return 0;
    // ruleid: backdoor-timing-unsafe-compare
    return memcmp(mac, provided, 20) == 0;
  }
  return 0;
}
