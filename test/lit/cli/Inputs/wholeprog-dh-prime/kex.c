#include <openssl/evp.h>

BIGNUM *vendor_group_prime(void);
BIGNUM *group14_prime(void);

DH *dh_vendor(void) {
  BIGNUM *p = vendor_group_prime(), *g = BN_new();
  DH *dh = DH_new();
  BN_set_word(g, 2);
  DH_set0_pqg(dh, p, NULL, g);
  return dh;
}

DH *dh_group14(void) {
  BIGNUM *p = group14_prime(), *g = BN_new();
  DH *dh = DH_new();
  BN_set_word(g, 2);
  DH_set0_pqg(dh, p, NULL, g);
  return dh;
}
