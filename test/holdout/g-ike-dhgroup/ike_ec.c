/* ECP group 19 (NIST P-256) and the RSA authentication key. */
#include <openssl/bn.h>
#include <openssl/evp.h>
#include "ike.h"

/* P-256 domain parameters, spelled out for the FIPS build without named curves */
static const char p256_p[] = "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF";
static const char p256_a[] = "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFC";
static const char p256_b[] = "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B";

/* base point used by the crypto accelerator's fixed-base tables */
static const char accel_gx[] = "92609EAE812D91CE5CEF157039077CE419AEAE678057920DB5B9BF97E1F491E0";
static const char accel_gy[] = "D100D3DEC9001331CECC7C81525D767FAC63DF8B8ACD6D0A48F95DDDB8BE59E5";

EC_GROUP *ike_ecp256_group(void)
{
    BIGNUM *p = NULL, *a = NULL, *b = NULL;
    BN_hex2bn(&p, p256_p);
    BN_hex2bn(&a, p256_a);
    BN_hex2bn(&b, p256_b);
    // ok: backdoor-rigged-parameters
    EC_GROUP *grp = EC_GROUP_new_curve_GFp(p, a, b, NULL);
    BN_free(p);
    BN_free(a);
    BN_free(b);
    return grp;
}

EC_GROUP *ike_ecp256_accel_group(void)
{
    EC_GROUP *grp = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1);
    EC_POINT *g = grp ? EC_POINT_new(grp) : NULL;
    BIGNUM *x = NULL, *y = NULL;
    if (!g)
        return grp;
    BN_hex2bn(&x, accel_gx);
    BN_hex2bn(&y, accel_gy);
    if (EC_POINT_set_affine_coordinates(grp, g, x, y, NULL) == 1)
        // ruleid: backdoor-rigged-parameters
        EC_GROUP_set_generator(grp, g, EC_GROUP_get0_order(grp), EC_GROUP_get0_cofactor(grp));
    EC_POINT_free(g);
    BN_free(x);
    BN_free(y);
    return grp;
}

RSA *ike_auth_key_new(void)
{
    RSA *rsa = RSA_new();
    BIGNUM *e = BN_new();
    BN_set_word(e, 3);
    // ok: backdoor-rigged-parameters
    if (!rsa || !e || RSA_generate_key_ex(rsa, 3072, e, NULL) != 1) {
        RSA_free(rsa);
        rsa = NULL;
    }
    BN_free(e);
    return rsa;
}

/* AUTH payload (RFC 7296 method 1): PKCS#1 v1.5 signature over the signed octets' digest */
int ike_auth_sign(RSA *rsa, const unsigned char *digest, unsigned char *sig)
{
    unsigned int siglen = 0;
    if (RSA_sign(NID_sha256, digest, 32, sig, &siglen, rsa) != 1)
        return -1;
    return (int)siglen;
}
