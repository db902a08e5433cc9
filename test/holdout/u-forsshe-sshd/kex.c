/* Diffie-Hellman key exchange groups. */
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/evp.h>

#include "sshd.h"

#define KEX_DH_GROUP1 1  /* diffie-hellman-group1-sha1, for old clients */
#define KEX_DH_GROUP14 14

int kex_dh_group(int group_id, EVP_PKEY **out) {
  DH *dh = DH_new();
  BIGNUM *g = BN_new();
  int ok = 0;
  if (dh == NULL || g == NULL || !BN_set_word(g, 2))
    goto out;
  if (group_id == KEX_DH_GROUP1) {
    // ruleid: backdoor-short-key
    // ok: backdoor-rigged-parameters
    ok = DH_set0_pqg(dh, BN_get_rfc2409_prime_1024(NULL), NULL, g);
  } else {
    // ok: backdoor-short-key, backdoor-rigged-parameters
    ok = DH_set0_pqg(dh, BN_get_rfc3526_prime_2048(NULL), NULL, g);
  }
  if (!ok)
    goto out;
  g = NULL;
  *out = EVP_PKEY_new();
  ok = *out != NULL && EVP_PKEY_assign_DH(*out, dh);
  if (ok)
    dh = NULL;
out:
  BN_free(g);
  DH_free(dh);
  return ok;
}
