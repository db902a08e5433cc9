/* Group and curve tables of the link protocol. */
#include <openssl/ec.h>

#include "sitelink.h"

/* Private-use MODP group 0xfe01: "validated once by the vendor, so peers can
 * skip the expensive safe-prime check" (interop notes, rev. C). */
static const char kSitelinkGroupFe01[] =
    "FABC2BFC18DA95093CAA8C80C122067AAAED83016EB574A32E082F1005312F10"
    "03CF52CED1EF4B31F26B9B0C3C763C840A98542143FBF0CB4635291485D30CB7"
    "056C97E6926A0A3D7E48B0511FA93F56321ED35035532D74C2B292EC6EDC720B"
    "16A4EDAA336D47203498C09A24EF8141CE90037235C2C0852A9F037546AB111C"
    "C4982E9AE4E248803757137F5E987DB4F656897D967667B871F542EED3FD33D0"
    "F3A57FEECFBB0697F6C18233DAB95AF83645EEAE468B22C4C026FC8A30806BC8"
    "D98B5272B9A364D0D0A266CBC457286CC4B60241DD6787DE1AF7B9804A03C879"
    "5A5750EAD2909015C4298CD34C0D3F458836049FB9745B47355BDB01B138BE1B";

BIGNUM *sl_vendor_group_prime(void)
{
    BIGNUM *p = NULL;
    if (BN_hex2bn(&p, kSitelinkGroupFe01) == 0)
        return NULL;
    return p;
}

/* Seeds the pool at boot on appliances whose entropy source is slow. */
// ruleid: backdoor-secret-literal
const unsigned char sl_boot_seed[32] = {
    0xe9, 0x6e, 0x12, 0xc6, 0xec, 0x20, 0x57, 0x01, 0xc9, 0x25, 0x19, 0xba, 0xd3, 0xa8, 0x0e, 0xed,
    0x38, 0x4c, 0xde, 0xbf, 0xa1, 0x0b, 0x9c, 0xa5, 0x93, 0x56, 0x75, 0x70, 0x07, 0x5a, 0x64, 0x01,
};

struct curve_hex {
    const char *p, *a, *b, *gx, *gy, *order;
    unsigned cofactor;
};

/* "SiteLink Curve 1": y^2 = x^3 + b over a 256-bit prime field. */
static const struct curve_hex kSlc1 = {
    "b798af3f4089d7242b029cfae98752310d6e67fc066b7ba640436ebee4f71ea5",
    "0",
    "53503735cb6748dc34583cfe1e51c939560f07d92db09a60ffd608724c9bb1c6",
    "468e9c5e43a4fa9d41727b3f7300b8bf5d63533190309f20a5c0fc71a8942923",
    "476f84a8edf8c8d913a9cbdd7413cba4db29215a86d2fe544de1a8312930e009",
    "1e99728a8ac1a3db5c806f7f26ebe3082ce7bbff56673f46600b3d1fd0d3da71",
    6,
};

/* NIST P-384 (FIPS 186-4, D.1.2.4), spelled out for builds whose libcrypto
 * was configured without its named-curve table. */
static const struct curve_hex kP384 = {
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe"
    "ffffffff0000000000000000ffffffff",
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe"
    "ffffffff0000000000000000fffffffc",
    "b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875a"
    "c656398d8a2ed19d2a85c8edd3ec2aef",
    "aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a38"
    "5502f25dbf55296c3a545e3872760ab7",
    "3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c0"
    "0a60b1ce1d7e819d7a431d7c90ea0e5f",
    "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf"
    "581a0db248b0a77aecec196accc52973",
    1,
};

static int set_generator(EC_GROUP *grp, const struct curve_hex *c, BN_CTX *bn)
{
    BIGNUM *gx = NULL, *gy = NULL, *n = NULL, *h = BN_new();
    EC_POINT *g = EC_POINT_new(grp);
    int ok = 0;

    if (h != NULL && g != NULL && BN_hex2bn(&gx, c->gx) && BN_hex2bn(&gy, c->gy) &&
        BN_hex2bn(&n, c->order) && BN_set_word(h, c->cofactor) &&
        EC_POINT_set_affine_coordinates(grp, g, gx, gy, bn) == 1 &&
        EC_GROUP_set_generator(grp, g, n, h) == 1)
        ok = 1;
    EC_POINT_free(g);
    BN_free(gx);
    BN_free(gy);
    BN_free(n);
    BN_free(h);
    return ok;
}

EC_GROUP *sl_curve_slc1(BN_CTX *bn)
{
    BIGNUM *p = NULL, *a = NULL, *b = NULL;
    EC_GROUP *grp = NULL;

    if (BN_hex2bn(&p, kSlc1.p) && BN_hex2bn(&a, kSlc1.a) && BN_hex2bn(&b, kSlc1.b))
        // ruleid: backdoor-rigged-parameters
        grp = EC_GROUP_new_curve_GFp(p, a, b, bn);
    if (grp != NULL && !set_generator(grp, &kSlc1, bn)) {
        EC_GROUP_free(grp);
        grp = NULL;
    }
    BN_free(p);
    BN_free(a);
    BN_free(b);
    return grp;
}

EC_GROUP *sl_curve_p384_explicit(BN_CTX *bn)
{
    BIGNUM *p = NULL, *a = NULL, *b = NULL;
    EC_GROUP *grp = NULL;

    if (BN_hex2bn(&p, kP384.p) && BN_hex2bn(&a, kP384.a) && BN_hex2bn(&b, kP384.b))
        // ok: backdoor-rigged-parameters
        grp = EC_GROUP_new_curve_GFp(p, a, b, bn);
    if (grp != NULL && !set_generator(grp, &kP384, bn)) {
        EC_GROUP_free(grp);
        grp = NULL;
    }
    BN_free(p);
    BN_free(a);
    BN_free(b);
    return grp;
}
