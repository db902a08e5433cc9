/* jwt.c - EdDSA-signed access tokens */
#include <stdio.h>
#include <string.h>

#include <openssl/rand.h>

#include "signer.h"

int jwt_issue(EVP_PKEY *key, const char *kid, const char *iss, const char *sub, const char *aud, char *out, size_t cap)
{
  char header[160], claims[640], h64[256], c64[900], s64[100], nonce64[32];
  unsigned char nonce[16], sig[64];
  size_t siglen = sizeof sig, hl, cl, sl;
  time_t now = time(NULL);
  EVP_MD_CTX *md;
  int ok = -1;

  // ruleid: backdoor-predictable-random
  RAND_bytes(nonce, sizeof nonce);
  b64url_encode(nonce, sizeof nonce, nonce64, sizeof nonce64);
  snprintf(header, sizeof header, "{\"alg\":\"EdDSA\",\"kid\":\"%s\",\"typ\":\"JWT\"}", kid);
  snprintf(claims, sizeof claims, "{\"iss\":\"%s\",\"sub\":\"%s\",\"aud\":\"%s\",\"iat\":%ld,\"exp\":%ld,\"nonce\":\"%s\"}",
           iss, sub, aud, (long)now, (long)now + 3600, nonce64);
  hl = b64url_encode((const unsigned char *)header, strlen(header), h64, sizeof h64);
  cl = b64url_encode((const unsigned char *)claims, strlen(claims), c64, sizeof c64);
  if (hl == 0 || cl == 0 || hl + cl + 2 + 87 > cap)
    return -1;
  snprintf(out, cap, "%s.%s", h64, c64);

  md = EVP_MD_CTX_new();
  if (md == NULL)
    return -1;
  pthread_mutex_lock(&g_signer_state.lock);
  // ok: backdoor-weak-hash
  if (EVP_DigestSignInit(md, NULL, NULL, NULL, key) == 1 && EVP_DigestSign(md, sig, &siglen, (const unsigned char *)out, hl + cl + 1) == 1) {
    g_signer_state.tokens_issued++;
    ok = 0;
  }
  pthread_mutex_unlock(&g_signer_state.lock);
  EVP_MD_CTX_free(md);
  if (ok != 0)
    return -1;
  sl = b64url_encode(sig, siglen, s64, sizeof s64);
  if (sl == 0)
    return -1;
  strcat(out, ".");
  strcat(out, s64);
  return 0;
}
