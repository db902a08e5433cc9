// RUN: %run-both --checks=backdoor-short-key %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A standard Diffie-Hellman group a library function returns by its size,
// kept in a local before it is installed (IKE's group 2 in one case of a
// switch): reported where the group is chosen.
typedef struct bignum_st BIGNUM;
typedef struct dh_st DH;
DH *DH_new(void);
BIGNUM *BN_new(void);
int BN_set_word(BIGNUM *a, unsigned long w);
BIGNUM *BN_get_rfc2409_prime_1024(BIGNUM *bn);
BIGNUM *BN_get_rfc3526_prime_2048(BIGNUM *bn);
int DH_set0_pqg(DH *dh, BIGNUM *p, BIGNUM *q, BIGNUM *g);

enum group { MODP1024, MODP2048 };

DH *make_dh(enum group g) {
  DH *dh = DH_new();
  BIGNUM *p = 0, *gen = BN_new();
  BN_set_word(gen, 2);
  switch (g) {
  case MODP1024:
    // ruleid: backdoor-short-key
    p = BN_get_rfc2409_prime_1024(0);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 1024-bit Diffie-Hellman modulus 'BN_get_rfc2409_prime_1024' is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
    DH_set0_pqg(dh, p, 0, gen);
    break;
  case MODP2048:
    // ok: backdoor-short-key
    p = BN_get_rfc3526_prime_2048(0);
    DH_set0_pqg(dh, p, 0, gen);
    break;
  }
  return dh;
}
