/* jwt_test.c - unit test: issue and validate a token with the RFC 8032 test key (not linked into the service) */
#include <stdio.h>
#include <string.h>

#include "signer.h"

/* RFC 8032, section 7.1, TEST 1 */
static const unsigned char kRfc8032Test1[32] = {
    0x9d, 0x61, 0xb1, 0x9d, 0xef, 0xfd, 0x5a, 0x60, 0xba, 0x84, 0x4a, 0xf4, 0x92, 0xec, 0x2c, 0xc4,
    0x44, 0x49, 0xc5, 0x69, 0x7b, 0x32, 0x69, 0x19, 0x70, 0x3b, 0xac, 0x03, 0x1c, 0xae, 0x7f, 0x60,
};

int jwt_test_roundtrip(void)
{
  char token[1200];
  // ok: backdoor-hardcoded-key, backdoor-known-key
  EVP_PKEY *k = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, NULL, kRfc8032Test1, sizeof kRfc8032Test1);
  int rc;

  if (k == NULL)
    return 1;
  rc = jwt_issue(k, "test-kid", "https://login.test.invalid", "alice", "api://test", token, sizeof token);
  printf("issue: %d %s\n", rc, rc == 0 ? token : "");
  EVP_PKEY_free(k);
  return rc == 0 ? 0 : 1;
}
