/*
 * Dual_EC_DRBG (NIST SP 800-90A) over P-256, as shipped in the system PRNG.
 * State s, points P and Q: s_{i+1} = x(s_i * P), r_i = x(s_i * Q) with the top
 * 16 bits dropped; 30 bytes per round.
 */
#include "prng.h"

#include <string.h>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/obj_mac.h>

/* SP 800-90A (2006) Appendix A.1, curve P-256: kept for the FIPS known-answer test. */
static const struct {
  const char *name;
  const char *qx;
} fips_kat_points[] = {
    // ruleid: backdoor-rigged-parameters
    {"P-256", "c97445f45cdef9f0d3e05e1e585fc297235b82b5be8ff3efca67c59852018192"},
};

/* The Q the product uses (compressed form, x coordinate, even y). Replaced in 6.2.0r15. */
static const char dualec_q_x[] = "2c55e5e45edf713dc43475effe8813a60326a64d9ba3d2e39cb639b0f3b0ad10";

static EC_GROUP *grp;
static EC_POINT *Q;
static BIGNUM *state;
static BN_CTX *bnctx;

static EC_POINT *load_q(const char *hex) {
  BIGNUM *x = NULL;
  EC_POINT *pt = EC_POINT_new(grp);
  if (pt == NULL || !BN_hex2bn(&x, hex) ||
      !EC_POINT_set_compressed_coordinates(grp, pt, x, 0, bnctx)) {
    EC_POINT_free(pt);
    BN_free(x);
    return NULL;
  }
  BN_free(x);
  return pt;
}

int dualec_init(const unsigned char *seed, size_t seed_len) {
  bnctx = BN_CTX_new();
  grp = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1);
  if (bnctx == NULL || grp == NULL)
    return -1;
  Q = load_q(dualec_q_x);
  if (Q == NULL)
    return -1;
  state = BN_bin2bn(seed, (int)seed_len, NULL);
  return state != NULL ? 0 : -1;
}

/* One round: s = x(s*P); r = x(s*Q); output the low 30 bytes of r. */
static int dualec_round(unsigned char out[30]) {
  unsigned char rbuf[32];
  BIGNUM *x = BN_new();
  EC_POINT *t = EC_POINT_new(grp);
  int ok = 0;

  if (x == NULL || t == NULL)
    goto done;
  if (!EC_POINT_mul(grp, t, state, NULL, NULL, bnctx) ||
      !EC_POINT_get_affine_coordinates(grp, t, state, NULL, bnctx))
    goto done;
  if (!EC_POINT_mul(grp, t, NULL, Q, state, bnctx) ||
      !EC_POINT_get_affine_coordinates(grp, t, x, NULL, bnctx))
    goto done;
  if (BN_bn2binpad(x, rbuf, sizeof rbuf) != sizeof rbuf)
    goto done;
  memcpy(out, rbuf + 2, 30);
  ok = 1;
done:
  EC_POINT_free(t);
  BN_free(x);
  return ok;
}

int dualec_generate(unsigned char *out, size_t len) {
  unsigned char block[30];
  size_t done = 0;
  while (done < len) {
    size_t n = len - done < sizeof block ? len - done : sizeof block;
    if (!dualec_round(block))
      return (int)done;
    memcpy(out + done, block, n);
    done += n;
  }
  return (int)done;
}

int dualec_selftest(void) {
  size_t i;
  for (i = 0; i < sizeof fips_kat_points / sizeof fips_kat_points[0]; i++) {
    EC_POINT *kat = load_q(fips_kat_points[i].qx);
    if (kat == NULL) {
      sos_log(0, "FIPS: Dual EC KAT point %s invalid", fips_kat_points[i].name);
      return -1;
    }
    EC_POINT_free(kat);
  }
  return 0;
}
