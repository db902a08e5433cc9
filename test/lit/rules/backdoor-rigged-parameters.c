// RUN: %run-both --checks=backdoor-rigged-parameters %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Rigged parameters: Diffie-Hellman moduli tested against the standard groups
// and for primality, custom curves and generators, Dual_EC_DRBG points, RSA
// exponents 1 and 3 with raw RSA.
#include <openssl/evp.h>
#include <mbedtls/ssl.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <gnutls/gnutls.h>
#include <string.h>
#include <stdlib.h>

/* 1024 bits, the product of two primes (the shape of socat's 2016 modulus). */
static const unsigned char dh1024_p[] = {
    0xc8, 0xe0, 0xf4, 0x32, 0x6b, 0xfd, 0xf5, 0x22, 0x43, 0x9d, 0x62, 0x2e,
    0x75, 0x3a, 0x2f, 0x2d, 0x51, 0x3b, 0x84, 0x82, 0x94, 0x21, 0x93, 0x37,
    0xbf, 0x16, 0x30, 0xb8, 0x29, 0x99, 0x85, 0x20, 0x48, 0x4e, 0x02, 0x7e,
    0xe8, 0x61, 0x89, 0x1e, 0x94, 0x93, 0xb7, 0xa9, 0xf2, 0x55, 0x63, 0x4f,
    0x53, 0x3b, 0x6b, 0x1a, 0x14, 0x00, 0x8b, 0x37, 0x53, 0x38, 0x80, 0x9c,
    0x0f, 0x92, 0x5e, 0xc4, 0xed, 0x80, 0x29, 0x71, 0x6b, 0x1a, 0x94, 0xb3,
    0xa3, 0xac, 0xcf, 0x71, 0x97, 0x6a, 0x72, 0x08, 0x90, 0x1b, 0x54, 0x93,
    0x60, 0xcc, 0xb4, 0x20, 0x10, 0xfd, 0x87, 0xb0, 0x23, 0x78, 0xf3, 0xd2,
    0xd8, 0x8d, 0xbc, 0x59, 0x2c, 0x72, 0xa9, 0x9e, 0xcd, 0x3b, 0xbd, 0xe8,
    0x5c, 0x10, 0xe6, 0x87, 0x36, 0x98, 0x4c, 0x1f, 0xdb, 0x10, 0x0e, 0x65,
    0x0b, 0x76, 0x06, 0x10, 0x37, 0x91, 0xba, 0xdb,
};
static const unsigned char dh_g[] = {0x02};

/* A 1024-bit prime that is not a safe prime. */
static const unsigned char odd_prime[] = {
    0xac, 0x39, 0x07, 0x35, 0xe6, 0x32, 0x59, 0x7e, 0xa2, 0x5e, 0x9b, 0xcb,
    0xc8, 0x92, 0xe5, 0x64, 0x70, 0x2f, 0xd5, 0x81, 0x89, 0x15, 0x00, 0xf6,
    0x2b, 0xab, 0x8b, 0x18, 0x0b, 0xa8, 0x74, 0x63, 0xb3, 0x63, 0xf6, 0x03,
    0xe2, 0x43, 0xeb, 0xcc, 0x98, 0x45, 0x61, 0x76, 0x71, 0x4a, 0x9b, 0x92,
    0xf4, 0xa3, 0x11, 0x25, 0xcc, 0x5b, 0x76, 0x1a, 0x3f, 0xbe, 0x62, 0x06,
    0x01, 0x42, 0x3a, 0x64, 0x85, 0x30, 0x40, 0xfb, 0x79, 0x25, 0x16, 0x0e,
    0xe4, 0x23, 0xcc, 0xca, 0xea, 0x45, 0xb5, 0xfe, 0xcc, 0xbd, 0x4b, 0x87,
    0x9e, 0x62, 0x77, 0x75, 0x2b, 0x0f, 0xb9, 0x73, 0xeb, 0x1a, 0x16, 0xbb,
    0x56, 0x10, 0xc7, 0x5b, 0xc3, 0x94, 0xcb, 0x4a, 0x2c, 0xcf, 0x63, 0x5e,
    0xf0, 0xfe, 0xfe, 0x92, 0x7c, 0x13, 0xbb, 0x3a, 0x67, 0x12, 0x11, 0xe6,
    0xe9, 0x16, 0x4f, 0x50, 0xa1, 0xb9, 0xcc, 0x23,
};

/* The RFC 3526 2048-bit MODP group: standard. */
static const unsigned char modp2048[] = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xc9, 0x0f, 0xda, 0xa2,
    0x21, 0x68, 0xc2, 0x34, 0xc4, 0xc6, 0x62, 0x8b, 0x80, 0xdc, 0x1c, 0xd1,
    0x29, 0x02, 0x4e, 0x08, 0x8a, 0x67, 0xcc, 0x74, 0x02, 0x0b, 0xbe, 0xa6,
    0x3b, 0x13, 0x9b, 0x22, 0x51, 0x4a, 0x08, 0x79, 0x8e, 0x34, 0x04, 0xdd,
    0xef, 0x95, 0x19, 0xb3, 0xcd, 0x3a, 0x43, 0x1b, 0x30, 0x2b, 0x0a, 0x6d,
    0xf2, 0x5f, 0x14, 0x37, 0x4f, 0xe1, 0x35, 0x6d, 0x6d, 0x51, 0xc2, 0x45,
    0xe4, 0x85, 0xb5, 0x76, 0x62, 0x5e, 0x7e, 0xc6, 0xf4, 0x4c, 0x42, 0xe9,
    0xa6, 0x37, 0xed, 0x6b, 0x0b, 0xff, 0x5c, 0xb6, 0xf4, 0x06, 0xb7, 0xed,
    0xee, 0x38, 0x6b, 0xfb, 0x5a, 0x89, 0x9f, 0xa5, 0xae, 0x9f, 0x24, 0x11,
    0x7c, 0x4b, 0x1f, 0xe6, 0x49, 0x28, 0x66, 0x51, 0xec, 0xe4, 0x5b, 0x3d,
    0xc2, 0x00, 0x7c, 0xb8, 0xa1, 0x63, 0xbf, 0x05, 0x98, 0xda, 0x48, 0x36,
    0x1c, 0x55, 0xd3, 0x9a, 0x69, 0x16, 0x3f, 0xa8, 0xfd, 0x24, 0xcf, 0x5f,
    0x83, 0x65, 0x5d, 0x23, 0xdc, 0xa3, 0xad, 0x96, 0x1c, 0x62, 0xf3, 0x56,
    0x20, 0x85, 0x52, 0xbb, 0x9e, 0xd5, 0x29, 0x07, 0x70, 0x96, 0x96, 0x6d,
    0x67, 0x0c, 0x35, 0x4e, 0x4a, 0xbc, 0x98, 0x04, 0xf1, 0x74, 0x6c, 0x08,
    0xca, 0x18, 0x21, 0x7c, 0x32, 0x90, 0x5e, 0x46, 0x2e, 0x36, 0xce, 0x3b,
    0xe3, 0x9e, 0x77, 0x2c, 0x18, 0x0e, 0x86, 0x03, 0x9b, 0x27, 0x83, 0xa2,
    0xec, 0x07, 0xa2, 0x8f, 0xb5, 0xc5, 0x5d, 0xf0, 0x6f, 0x4c, 0x52, 0xc9,
    0xde, 0x2b, 0xcb, 0xf6, 0x95, 0x58, 0x17, 0x18, 0x39, 0x95, 0x49, 0x7c,
    0xea, 0x95, 0x6a, 0xe5, 0x15, 0xd2, 0x26, 0x18, 0x98, 0xfa, 0x05, 0x10,
    0x15, 0x72, 0x8e, 0x5a, 0x8a, 0xac, 0xaa, 0x68, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff,
};

/* The RFC 7919 ffdhe2048 group: standard. */
static const unsigned char ffdhe2048[] = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xad, 0xf8, 0x54, 0x58,
    0xa2, 0xbb, 0x4a, 0x9a, 0xaf, 0xdc, 0x56, 0x20, 0x27, 0x3d, 0x3c, 0xf1,
    0xd8, 0xb9, 0xc5, 0x83, 0xce, 0x2d, 0x36, 0x95, 0xa9, 0xe1, 0x36, 0x41,
    0x14, 0x64, 0x33, 0xfb, 0xcc, 0x93, 0x9d, 0xce, 0x24, 0x9b, 0x3e, 0xf9,
    0x7d, 0x2f, 0xe3, 0x63, 0x63, 0x0c, 0x75, 0xd8, 0xf6, 0x81, 0xb2, 0x02,
    0xae, 0xc4, 0x61, 0x7a, 0xd3, 0xdf, 0x1e, 0xd5, 0xd5, 0xfd, 0x65, 0x61,
    0x24, 0x33, 0xf5, 0x1f, 0x5f, 0x06, 0x6e, 0xd0, 0x85, 0x63, 0x65, 0x55,
    0x3d, 0xed, 0x1a, 0xf3, 0xb5, 0x57, 0x13, 0x5e, 0x7f, 0x57, 0xc9, 0x35,
    0x98, 0x4f, 0x0c, 0x70, 0xe0, 0xe6, 0x8b, 0x77, 0xe2, 0xa6, 0x89, 0xda,
    0xf3, 0xef, 0xe8, 0x72, 0x1d, 0xf1, 0x58, 0xa1, 0x36, 0xad, 0xe7, 0x35,
    0x30, 0xac, 0xca, 0x4f, 0x48, 0x3a, 0x79, 0x7a, 0xbc, 0x0a, 0xb1, 0x82,
    0xb3, 0x24, 0xfb, 0x61, 0xd1, 0x08, 0xa9, 0x4b, 0xb2, 0xc8, 0xe3, 0xfb,
    0xb9, 0x6a, 0xda, 0xb7, 0x60, 0xd7, 0xf4, 0x68, 0x1d, 0x4f, 0x42, 0xa3,
    0xde, 0x39, 0x4d, 0xf4, 0xae, 0x56, 0xed, 0xe7, 0x63, 0x72, 0xbb, 0x19,
    0x0b, 0x07, 0xa7, 0xc8, 0xee, 0x0a, 0x6d, 0x70, 0x9e, 0x02, 0xfc, 0xe1,
    0xcd, 0xf7, 0xe2, 0xec, 0xc0, 0x34, 0x04, 0xcd, 0x28, 0x34, 0x2f, 0x61,
    0x91, 0x72, 0xfe, 0x9c, 0xe9, 0x85, 0x83, 0xff, 0x8e, 0x4f, 0x12, 0x32,
    0xee, 0xf2, 0x81, 0x83, 0xc3, 0xfe, 0x3b, 0x1b, 0x4c, 0x6f, 0xad, 0x73,
    0x3b, 0xb5, 0xfc, 0xbc, 0x2e, 0xc2, 0x20, 0x05, 0xc5, 0x8e, 0xf1, 0x83,
    0x7d, 0x16, 0x83, 0xb2, 0xc6, 0xf3, 0x4a, 0x26, 0xc1, 0xb2, 0xef, 0xfa,
    0x88, 0x6b, 0x42, 0x38, 0x61, 0x28, 0x5c, 0x97, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff,
};

#define SAFE512_HEX "AD8CCE60FAF0A24EB7D93CF266B475D08EA500D2AEAF40E9602E605FAF48EADEF689F8FAC136728AB09F823BA225E14401E3F18C94890FFBF4261807FB98F423"

void non_prime_modulus(DH *dh) {
  BIGNUM *p = BN_bin2bn(dh1024_p, sizeof dh1024_p, NULL);
  BIGNUM *g = BN_bin2bn(dh_g, sizeof dh_g, NULL);
  // ruleid: backdoor-rigged-parameters
  DH_set0_pqg(dh, p, NULL, g);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the Diffie-Hellman modulus 'dh1024_p' (1024 bits) passed to 'DH_set0_pqg' is not prime; whoever knows its factors computes discrete logarithms and recovers every key exchanged with it [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-90]]:41: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:15: note: passed through here
}

void prime_not_safe(mbedtls_ssl_config *conf) {
  // ruleid: backdoor-rigged-parameters
  mbedtls_ssl_conf_dh_param_bin(conf, odd_prime, sizeof odd_prime, dh_g, sizeof dh_g);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the Diffie-Hellman modulus 'odd_prime' (1024 bits) passed to 'mbedtls_ssl_conf_dh_param_bin' is a prime but not a safe prime and not one of the standard groups; a modulus of unknown origin can hide a subgroup or trapdoor that lets its author recover keys; use an RFC 7919 group [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-82]]:42: note: constant defined here
}

static BIGNUM *make_prime(void) {
  BIGNUM *p = NULL;
  BN_hex2bn(&p, SAFE512_HEX);
  return p;
}

void safe_but_unknown(DH *dh, BIGNUM *g) {
  // ruleid: backdoor-rigged-parameters
  DH_set0_pqg(dh, make_prime(), NULL, g);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the Diffie-Hellman modulus 'SAFE512_HEX' (512 bits) passed to 'DH_set0_pqg' is a safe prime but not one of the standard groups (RFC 3526, RFC 7919, RFC 5114); a modulus of unknown origin can hide a trapdoor; use an RFC 7919 group [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-29]]:21: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: copied here
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: value returned here
}

void wolf_non_prime(WOLFSSL_CTX *ctx) {
  // ruleid: backdoor-rigged-parameters
  wolfSSL_CTX_SetTmpDH(ctx, dh1024_p, sizeof dh1024_p, dh_g, sizeof dh_g);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the Diffie-Hellman modulus 'dh1024_p' (1024 bits) passed to 'wolfSSL_CTX_SetTmpDH' is not prime; whoever knows its factors computes discrete logarithms and recovers every key exchanged with it [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-120]]:41: note: constant defined here
}

void custom_curve(BN_CTX *bn) {
  BIGNUM *p = NULL, *a = NULL, *b = NULL;
  BN_hex2bn(&p, "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF");
  BN_hex2bn(&a, "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFC");
  BN_hex2bn(&b, "0000000000000000000000000000000000000000000000000000000000000007");
  // ruleid: backdoor-rigged-parameters
  EC_GROUP *g = EC_GROUP_new_curve_GFp(p, a, b, bn);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'EC_GROUP_new_curve_GFp' builds a custom curve over the field of P-256 (prime256v1, secp256r1) with a different 'b'; a curve chosen by someone else can hide a weakness; use the named curve [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-6]]:17: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: copied here
  (void)g;
}

void replaced_generator(BN_CTX *bn, const BIGNUM *order) {
  EC_GROUP *group = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1);
  EC_POINT *G = EC_POINT_new(group);
  BIGNUM *x = NULL, *y = NULL;
  BN_hex2bn(&x, "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9");
  BN_hex2bn(&y, "1122334455667788990011223344556677889900112233445566778899001122");
  EC_POINT_set_affine_coordinates(group, G, x, y, bn);
  // ruleid: backdoor-rigged-parameters
  EC_GROUP_set_generator(group, G, order, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'EC_GROUP_set_generator' replaces the generator of a named curve with a constant point; whoever chose the point may know its discrete logarithm [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-6]]:17: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: copied here
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: copied here
}

// ruleid: backdoor-rigged-parameters
static const char *DUAL_EC_Q = "c97445f45cdef9f0d3e05e1e585fc297235b82b5be8ff3efca67c59852018192";
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: the Q point for P-256 point of Dual_EC_DRBG is compiled into the program; whoever knows its discrete logarithm predicts every output of the generator (the SP 800-90A backdoor) [backdoor-rigged-parameters]

// ruleid: backdoor-rigged-parameters
static const unsigned char dual_ec_q384_x[48] = {
// CHECK-MESSAGES: :[[@LINE-1]]:49: warning: the Q point for P-384 point of Dual_EC_DRBG is compiled into the program; whoever knows its discrete logarithm predicts every output of the generator (the SP 800-90A backdoor) [backdoor-rigged-parameters]
    0x8e, 0x72, 0x2d, 0xe3, 0x12, 0x5b, 0xdd, 0xb0, 0x55, 0x80, 0x16, 0x4b, 0xfe, 0x20, 0xb8, 0xb4,
    0x32, 0x21, 0x6a, 0x62, 0x92, 0x6c, 0x57, 0x50, 0x2c, 0xee, 0xde, 0x31, 0xc4, 0x78, 0x16, 0xed,
    0xd1, 0xe8, 0x97, 0x69, 0x12, 0x41, 0x79, 0xd0, 0xb6, 0x95, 0x10, 0x64, 0x28, 0x81, 0x50, 0x65};

void drbg_by_name(void (*select_drbg)(const char *)) {
  // ruleid: backdoor-rigged-parameters
  select_drbg("Dual_EC_DRBG");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: Dual_EC_DRBG is selected by name; its points may have a known discrete logarithm that lets their author predict every output (the SP 800-90A backdoor) [backdoor-rigged-parameters]
}

void rsa_exponent_one(RSA *rsa) {
  BIGNUM *e = BN_new();
  BN_set_word(e, 1);
  // ruleid: backdoor-rigged-parameters
  RSA_generate_key_ex(rsa, 2048, e, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: RSA public exponent 1 given to 'RSA_generate_key_ex' leaves every message unchanged: the 'ciphertext' is the plaintext [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: copied here
}

void rsa_exponent_three_raw(RSA *rsa, const unsigned char *m, unsigned char *c) {
  BIGNUM *e = BN_new();
  BN_set_word(e, 3);
  // ruleid: backdoor-rigged-parameters
  RSA_generate_key_ex(rsa, 2048, e, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: RSA public exponent 3 given to 'RSA_generate_key_ex' with raw (unpadded) RSA in this file: a short message is recovered with a cube root, and related messages with Coppersmith's attack [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: copied here
  RSA_public_encrypt(256, m, c, rsa, RSA_NO_PADDING);
}

void wolf_custom_curve(ecc_key *key, const ecc_set_type *params) {
  // ruleid: backdoor-rigged-parameters
  wc_ecc_set_custom_curve(key, params);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'wc_ecc_set_custom_curve' installs a custom elliptic curve; a curve chosen by someone else can hide a weakness or a trapdoor; use a named curve [backdoor-rigged-parameters]
}

/* OpenSSL 1.0 code assigned the fields of struct dh_st directly (socat 2016). */
struct dh_st { int pad; BIGNUM *p; BIGNUM *q; BIGNUM *g; };

void openssl10_fields(DH *dh) {
  // ruleid: backdoor-rigged-parameters
  dh->p = BN_bin2bn(dh1024_p, sizeof dh1024_p, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the Diffie-Hellman modulus 'dh1024_p' (1024 bits) passed to 'dh_st::p' is not prime; whoever knows its factors computes discrete logarithms and recovers every key exchanged with it [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-202]]:41: note: constant defined here
  dh->g = BN_bin2bn(dh_g, sizeof dh_g, NULL);
}

static const char kBadDhPem[] =
    "-----BEGIN DH PARAMETERS-----\n"
    "MIGHAoGBAMjg9DJr/fUiQ51iLnU6Ly1RO4SClCGTN78WMLgpmYUgSE4CfuhhiR6U\n"
    "k7ep8lVjT1M7axoUAIs3UziAnA+SXsTtgClxaxqUs6Osz3GXanIIkBtUk2DMtCAQ\n"
    "/YewI3jz0tiNvFkscqmezTu96FwQ5oc2mEwf2xAOZQt2BhA3kbrbAgEC\n"
    "-----END DH PARAMETERS-----\n";

static const char kFfdhe2048Pem[] =
    "-----BEGIN DH PARAMETERS-----\n"
    "MIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx2LnFg84tNpWp4TZBFGQz\n"
    "+8yTnc4kmz75fS/jY2MMddj2gbICrsRhetPfHtXV/WVhJDP1H18GbtCFY2VVPe0a\n"
    "87VXE15/V8k1mE8McODmi3fipona8+/och3xWKE2rec1MKzKT0g6eXq8CrGCsyT7\n"
    "YdEIqUuyyOP7uWrat2DX9GgdT0Kj3jlN9K5W7edjcrsZCwenyO4KbXCeAvzhzffi\n"
    "7MA0BM0oNC9hkXL+nOmFg/+OTxIy7vKBg8P+OxtMb61zO7X8vC7CIAXFjvGDfRaD\n"
    "ssbzSibBsu/6iGtCOGEoXJf//////////wIBAg==\n"
    "-----END DH PARAMETERS-----\n";

void embedded_pem_params(void) {
  BIO *b = BIO_new_mem_buf(kBadDhPem, -1);
  // ruleid: backdoor-rigged-parameters
  DH *dh = PEM_read_bio_DHparams(b, NULL, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: the Diffie-Hellman modulus 'kBadDhPem' (1024 bits) passed to 'PEM_read_bio_DHparams' is not prime; whoever knows its factors computes discrete logarithms and recovers every key exchanged with it [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-21]]:5: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: passed through here
  (void)dh;
}

void gnutls_datum_prime(gnutls_dh_params_t params) {
  gnutls_datum_t p = {(unsigned char *)dh1024_p, sizeof dh1024_p};
  gnutls_datum_t g = {(unsigned char *)dh_g, sizeof dh_g};
  // ruleid: backdoor-rigged-parameters
  gnutls_dh_params_import_raw(params, &p, &g);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the Diffie-Hellman modulus 'dh1024_p' (1024 bits) passed to 'gnutls_dh_params_import_raw' is not prime; whoever knows its factors computes discrete logarithms and recovers every key exchanged with it [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-239]]:41: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:22: note: value defined here
}

void openssl3_param_builder(OSSL_PARAM_BLD *bld) {
  BIGNUM *p = BN_bin2bn(odd_prime, sizeof odd_prime, NULL);
  // ruleid: backdoor-rigged-parameters
  OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_P, p);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the Diffie-Hellman modulus 'odd_prime' (1024 bits) passed to 'OSSL_PARAM_BLD_push_BN' is a prime but not a safe prime and not one of the standard groups; a modulus of unknown origin can hide a subgroup or trapdoor that lets its author recover keys; use an RFC 7919 group [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-232]]:42: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:15: note: passed through here
}

// ---- not findings

void standard_pem_params(void) {
  BIO *b = BIO_new_mem_buf(kFfdhe2048Pem, -1);
  // ok: backdoor-rigged-parameters
  DH *dh = PEM_read_bio_DHparams(b, NULL, NULL, NULL);
  (void)dh;
}

void openssl10_standard(DH *dh) {
  // ok: backdoor-rigged-parameters
  dh->p = BN_bin2bn(modp2048, sizeof modp2048, NULL);
}

void standard_groups(DH *dh, mbedtls_ssl_config *conf, BIGNUM *g) {
  // ok: backdoor-rigged-parameters
  DH_set0_pqg(dh, BN_bin2bn(modp2048, sizeof modp2048, NULL), NULL, g);
  // ok: backdoor-rigged-parameters
  mbedtls_ssl_conf_dh_param_bin(conf, ffdhe2048, sizeof ffdhe2048, dh_g, sizeof dh_g);
}

void modulus_from_file(DH *dh, FILE *f, BIGNUM *g) {
  unsigned char buf[256];
  size_t n = fread(buf, 1, sizeof buf, f);
  // ok: backdoor-rigged-parameters
  DH_set0_pqg(dh, BN_bin2bn(buf, (int)n, NULL), NULL, g);
}

void named_curve_spelled_out(BN_CTX *bn) {
  BIGNUM *p = NULL, *a = NULL, *b = NULL;
  BN_hex2bn(&p, "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF");
  BN_hex2bn(&a, "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFC");
  BN_hex2bn(&b, "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B");
  // ok: backdoor-rigged-parameters
  EC_GROUP *g = EC_GROUP_new_curve_GFp(p, a, b, bn);
  (void)g;
}

void usual_exponent(RSA *rsa) {
  BIGNUM *e = BN_new();
  BN_set_word(e, RSA_F4);
  // ok: backdoor-rigged-parameters
  RSA_generate_key_ex(rsa, 2048, e, NULL);
}

int compares_names(const char *name) {
  // ok: backdoor-rigged-parameters
  return strcmp(name, "Dual_EC_DRBG") == 0;
}
