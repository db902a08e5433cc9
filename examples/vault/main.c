#include "vault.h"
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  int legacy = argc > 1 && strcmp(argv[1], "--v1") == 0;
  unsigned char key[32], iv[16], out[4096], sig[512];
  size_t siglen = sizeof sig;
  const char *msg = "hello, vault";
  if (RAND_bytes(key, sizeof key) != 1 || RAND_bytes(iv, sizeof iv) != 1)
    return 1;
  EVP_PKEY *pkey = vault_make_keypair(legacy);
  int n = vault_seal(key, iv, (const unsigned char *)msg, strlen(msg), out, legacy);
  if (n < 0 || !pkey || !vault_sign_manifest(pkey, out, (size_t)n, sig, &siglen))
    return 1;
  printf("sealed %d bytes, signature %zu bytes\n", n, siglen);
  EVP_PKEY_free(pkey);
  return 0;
}
