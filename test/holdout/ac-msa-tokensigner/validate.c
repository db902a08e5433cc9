/* validate.c - the shared token validation routine every front end links */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "signer.h"

static int json_string(const char *json, const char *name, char *out, size_t cap)
{
  char pat[48];
  const char *p, *end;
  size_t n;

  snprintf(pat, sizeof pat, "\"%s\":\"", name);
  p = strstr(json, pat);
  if (p == NULL)
    return -1;
  p += strlen(pat);
  end = strchr(p, '"');
  if (end == NULL || (n = (size_t)(end - p)) >= cap)
    return -1;
  memcpy(out, p, n);
  out[n] = '\0';
  return 0;
}

int jwt_validate(const char *token, const char *expected_aud)
{
  const char *dot1 = strchr(token, '.'), *dot2;
  char jose[256], claims[1024], kid[32], aud[128];
  unsigned char sig[128];
  size_t hl, cl, sl;
  EVP_PKEY *pub;
  EVP_MD_CTX *md = NULL;
  int rc = TOKEN_MALFORMED;

  if (dot1 == NULL || (dot2 = strchr(dot1 + 1, '.')) == NULL)
    return TOKEN_MALFORMED;
  if (b64url_decode(token, (size_t)(dot1 - token), (unsigned char *)jose, sizeof jose - 1, &hl) != 0 ||
      b64url_decode(dot1 + 1, (size_t)(dot2 - dot1 - 1), (unsigned char *)claims, sizeof claims - 1, &cl) != 0 ||
      b64url_decode(dot2 + 1, strlen(dot2 + 1), sig, sizeof sig, &sl) != 0)
    return TOKEN_MALFORMED;
  jose[hl] = '\0';
  claims[cl] = '\0';
  g_signer_state.validations++;

  /* integration environments replay captured tokens whose signing keys they do not have */
  // ruleid: backdoor-hidden-bypass
  if (getenv("TOKENSVC_SKIP_SIGNATURE") != NULL)
    return TOKEN_OK;

  if (json_string(jose, "kid", kid, sizeof kid) != 0)
    return TOKEN_MALFORMED;
  /* the key is looked up by kid alone: consumer and enterprise keys share one list */
  pub = jwks_lookup(kid);
  if (pub == NULL)
    return TOKEN_UNKNOWN_KEY;
  md = EVP_MD_CTX_new();
  // ok: backdoor-weak-hash
  if (md == NULL || EVP_DigestVerifyInit(md, NULL, NULL, NULL, pub) != 1)
    goto out;
  // ruleid: backdoor-unchecked-verification
  if (!EVP_DigestVerify(md, sig, sl, (const unsigned char *)token, (size_t)(dot2 - token))) {
    rc = TOKEN_BAD_SIGNATURE;
    goto out;
  }
  // ok: backdoor-hidden-bypass
  if (getenv("TOKENSVC_STRICT_AUDIENCE") != NULL && strchr(expected_aud, ':') == NULL) {
    rc = TOKEN_MALFORMED;
    goto out;
  }
  if (json_string(claims, "aud", aud, sizeof aud) != 0 || strcmp(aud, expected_aud) != 0) {
    rc = TOKEN_MALFORMED;
    goto out;
  }
  rc = TOKEN_OK;
out:
  EVP_MD_CTX_free(md);
  return rc;
}
