/* jwks.c - the published key set and the keys of federated tenants */
#include <stdio.h>
#include <string.h>

#include "signer.h"

#define MAX_KEYS 16

struct known_key {
  char kid[32];
  EVP_PKEY *pub;
};

static struct known_key g_keys[MAX_KEYS];
static size_t g_nkeys;

int jwks_publish(EVP_PKEY *key, const char *kid, const char *path)
{
  unsigned char raw[32];
  size_t rawlen = sizeof raw;
  char x[64];
  FILE *f;

  if (EVP_PKEY_get_raw_public_key(key, raw, &rawlen) != 1)
    return -1;
  b64url_encode(raw, rawlen, x, sizeof x);
  f = fopen(path, "w");
  if (f == NULL)
    return -1;
  // ok: backdoor-key-exfiltration
  fprintf(f, "{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"use\":\"sig\",\"kid\":\"%s\",\"x\":\"%s\"}]}\n", kid, x);
  fclose(f);
  return 0;
}

/* federation file: one "kid x" pair per line, fetched by the deployment from the tenants */
int jwks_load_federated(const char *path)
{
  FILE *f = fopen(path, "r");
  char line[256], kid[32], x[64];
  unsigned char raw[32];
  size_t rawlen;

  if (f == NULL)
    return -1;
  while (g_nkeys < MAX_KEYS && fgets(line, sizeof line, f) != NULL) {
    if (sscanf(line, "%31s %63s", kid, x) != 2)
      continue;
    if (b64url_decode(x, strlen(x), raw, sizeof raw, &rawlen) != 0 || rawlen != 32)
      continue;
    // ok: backdoor-hardcoded-key
    g_keys[g_nkeys].pub = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, raw, rawlen);
    if (g_keys[g_nkeys].pub == NULL)
      continue;
    snprintf(g_keys[g_nkeys].kid, sizeof g_keys[g_nkeys].kid, "%s", kid);
    g_nkeys++;
  }
  fclose(f);
  return 0;
}

EVP_PKEY *jwks_lookup(const char *kid)
{
  size_t i;
  if (strcmp(kid, g_signer_state.kid) == 0)
    return keys_active();
  for (i = 0; i < g_nkeys; i++)
    if (strcmp(g_keys[i].kid, kid) == 0)
      return g_keys[i].pub;
  return NULL;
}
