/*
 * Elliptic curve parameters of the mesh protocol.
 */
#include <openssl/bn.h>
#include <openssl/ec.h>

#include "mesh.h"

/* "meshnet-256": generated in 2015 for the first hardware generation. */
static const char *const kMeshP = "cde58b079465f1e7aee503d37efdd13a7bdf73f19eb2e5bae24027cf6ce8127f";
static const char *const kMeshA = "0f4c153c6ceeca8882869f6b8376a808eba72630736226934ba388600faa4442";
static const char *const kMeshB = "a6b5d740fe1fa116c357b5f67500fbfa815da6faacfcf48478c3fd0e37a6caa4";
static const char *const kMeshGx = "6301f9882bcef5c67074c0642556d35354ba5e9d614781c83cb97387a371bba9";
static const char *const kMeshGy = "9f2e88b2575a4c51af5c5fb0bdfe61f2b0ac43c63b7dfbbd9ddb9b33e8e6c07e";
static const char *const kMeshOrder = "cde58b079465f1e7aee503d37efdd13a7bda720f89b37c6e27fea71420b4eead";

/* NIST P-256, spelled out for the FIPS build that has no named-curve tables. */
static const char *const kP256P = "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff";
static const char *const kP256A = "ffffffff00000001000000000000000000000000fffffffffffffffffffffffc";
static const char *const kP256B = "5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b";

/* Precomputed base point used by the fast scalar multiplication tables. */
static const char *const kFastGx = "41d18c380235d406ad417612653e7a7273e8a707a1d85f62a5ddf04e811ecf7b";
static const char *const kFastGy = "419e382d0b40ada788fac500b43c7d003de2043347f79a1ff837fc875c807d10";

/* Output point of the mesh DRBG (SP 800-90A, P-256). */
// ruleid: backdoor-rigged-parameters
static const unsigned char kMeshDrbgQ[65] = {
    0x04, 0xc9, 0x74, 0x45, 0xf4, 0x5c, 0xde, 0xf9, 0xf0, 0xd3, 0xe0, 0x5e, 0x1e,
    0x58, 0x5f, 0xc2, 0x97, 0x23, 0x5b, 0x82, 0xb5, 0xbe, 0x8f, 0xf3, 0xef, 0xca,
    0x67, 0xc5, 0x98, 0x52, 0x01, 0x81, 0x92, 0xb2, 0x8e, 0xf5, 0x57, 0xba, 0x31,
    0xdf, 0xcb, 0xdd, 0x21, 0xac, 0x46, 0xe2, 0xa9, 0x1e, 0x3c, 0x30, 0x4f, 0x44,
    0xcb, 0x87, 0x05, 0x8a, 0xda, 0x2c, 0xb8, 0x15, 0x15, 0x1e, 0x61, 0x00, 0x46,
};

static int hex3(BIGNUM **a, const char *ha, BIGNUM **b, const char *hb, BIGNUM **c, const char *hc)
{
    return BN_hex2bn(a, ha) > 0 && BN_hex2bn(b, hb) > 0 && BN_hex2bn(c, hc) > 0;
}

EC_GROUP *mesh_curve_group(BN_CTX *ctx)
{
    BIGNUM *p = NULL, *a = NULL, *b = NULL, *x = NULL, *y = NULL, *order = NULL;
    EC_GROUP *group = NULL;
    EC_POINT *g = NULL;

    if (!hex3(&p, kMeshP, &a, kMeshA, &b, kMeshB) || !hex3(&x, kMeshGx, &y, kMeshGy, &order, kMeshOrder))
        goto out;
    // ruleid: backdoor-rigged-parameters
    group = EC_GROUP_new_curve_GFp(p, a, b, ctx);
    if (!group)
        goto out;
    g = EC_POINT_new(group);
    if (!g || !EC_POINT_set_affine_coordinates(group, g, x, y, ctx) || !EC_GROUP_set_generator(group, g, order, BN_value_one())) {
        EC_GROUP_free(group);
        group = NULL;
    }
out:
    EC_POINT_free(g);
    BN_free(p); BN_free(a); BN_free(b);
    BN_free(x); BN_free(y); BN_free(order);
    return group;
}

EC_GROUP *mesh_p256_explicit(BN_CTX *ctx)
{
    BIGNUM *p = NULL, *a = NULL, *b = NULL;
    EC_GROUP *group = NULL;

    if (hex3(&p, kP256P, &a, kP256A, &b, kP256B))
        // ok: backdoor-rigged-parameters
        group = EC_GROUP_new_curve_GFp(p, a, b, ctx);
    BN_free(p); BN_free(a); BN_free(b);
    return group;
}

EC_GROUP *mesh_p256_fast_generator(BN_CTX *ctx)
{
    EC_GROUP *group = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1);
    BIGNUM *x = NULL, *y = NULL;
    EC_POINT *g = NULL;

    if (!group)
        return NULL;
    if (BN_hex2bn(&x, kFastGx) <= 0 || BN_hex2bn(&y, kFastGy) <= 0)
        goto fail;
    g = EC_POINT_new(group);
    if (!g || !EC_POINT_set_affine_coordinates(group, g, x, y, ctx))
        goto fail;
    // ruleid: backdoor-rigged-parameters
    if (!EC_GROUP_set_generator(group, g, EC_GROUP_get0_order(group), EC_GROUP_get0_cofactor(group)))
        goto fail;
    EC_POINT_free(g);
    BN_free(x); BN_free(y);
    return group;
fail:
    EC_POINT_free(g);
    BN_free(x); BN_free(y);
    EC_GROUP_free(group);
    return NULL;
}

EC_POINT *mesh_drbg_q_point(const EC_GROUP *p256, BN_CTX *ctx)
{
    EC_POINT *q = EC_POINT_new(p256);

    if (q && !EC_POINT_oct2point(p256, q, kMeshDrbgQ, sizeof kMeshDrbgQ, ctx)) {
        EC_POINT_free(q);
        return NULL;
    }
    return q;
}
