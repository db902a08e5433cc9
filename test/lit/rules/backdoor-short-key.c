// RUN: %run-both --checks=backdoor-short-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --checks=backdoor-short-key --config="backdoor-short-key.MinRsaBits: 4096" %s -- %mock | FileCheck %s -check-prefix=STRICT
// STRICT: warning: 3072-bit RSA key is too short and can be factored or broken; use at least 4096 bits [backdoor-short-key]
// coverage: openssl key-size
// coverage: mbedtls key-size
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/dsa.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/aes.h>
#include <openssl/params.h>
#include <mbedtls/rsa.h>
#include <mbedtls/ecp.h>
#include <mbedtls/cipher.h>

#define KEY_BITS 1024
enum key_size { SMALL_KEY = 512, LARGE_KEY = 4096 };
static const int kLegacyBits = 768;

static int default_bits(int compat) { return compat ? 1024 : 3072; }

void rsa(RSA *r, EVP_PKEY_CTX *ctx, int compat) {
  // ruleid: backdoor-short-key
  RSA_generate_key_ex(r, 1024, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  RSA_generate_key_ex(r, KEY_BITS, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, SMALL_KEY);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 512-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, kLegacyBits);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 768-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-17]]:32: note: value assigned here
  // ruleid: backdoor-short-key
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 256 * 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  int bits = 2048;
  if (compat)
    bits = bits / 2;
  // ruleid: backdoor-short-key
  RSA_generate_key_ex(r, bits, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: value assigned here
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: value assigned here
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: value assigned here
  // ruleid: backdoor-short-key
  RSA_generate_key_ex(r, default_bits(compat), NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-31]]:39: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-32]]:55: note: constant defined here
  // ruleid: backdoor-short-key
  EVP_RSA_gen(compat ? 1024 : 4096);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  RSA_generate_key(512, RSA_F4, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 512-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
}

void dsa_dh(DSA *d, DH *dh, EVP_PKEY_CTX *ctx) {
  // ruleid: backdoor-short-key
  DSA_generate_parameters_ex(d, 1024, NULL, 0, NULL, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 1024-bit DSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  DH_generate_parameters_ex(dh, 512, 2, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 512-bit Diffie-Hellman key is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  EVP_PKEY_CTX_set_dh_paramgen_prime_len(ctx, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 1024-bit Diffie-Hellman key is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  EVP_PKEY_CTX_set_dsa_paramgen_bits(ctx, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: 1024-bit DSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
}

void curves(EVP_PKEY_CTX *ctx, mbedtls_ecp_group *grp, mbedtls_ecp_keypair *kp) {
  // ruleid: backdoor-short-key
  EC_KEY_new_by_curve_name(NID_secp112r1);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the 112-bit curve 'NID_secp112r1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // ruleid: backdoor-short-key
  EC_GROUP_new_by_curve_name(NID_X9_62_prime192v1);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: the 192-bit curve 'NID_X9_62_prime192v1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // ruleid: backdoor-short-key
  EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx, NID_sect163k1);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: the 163-bit curve 'NID_sect163k1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // ruleid: backdoor-short-key
  EVP_PKEY_CTX_set_group_name(ctx, "secp160r1");
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: the 160-bit curve 'secp160r1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // ruleid: backdoor-short-key
  mbedtls_ecp_group_load(grp, MBEDTLS_ECP_DP_SECP192R1);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: the 192-bit curve 'MBEDTLS_ECP_DP_SECP192R1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // ruleid: backdoor-short-key
  mbedtls_ecp_gen_key(MBEDTLS_ECP_DP_SECP192K1, kp, 0, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the 192-bit curve 'MBEDTLS_ECP_DP_SECP192K1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // ruleid: backdoor-short-key
  EC_KEY_new_by_curve_name(OBJ_sn2nid("prime192v1"));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the 192-bit curve 'prime192v1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
}

void ossl3(EVP_PKEY_CTX *ctx) {
  unsigned int bits = 1024;
  OSSL_PARAM params[3];
  // ruleid: backdoor-short-key
  params[0] = OSSL_PARAM_construct_uint("bits", &bits);
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-5]]:23: note: value assigned here
  // ruleid: backdoor-short-key
  params[1] = OSSL_PARAM_construct_utf8_string("group", "secp112r1", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: the 112-bit curve 'secp112r1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  params[2] = OSSL_PARAM_construct_end();
  EVP_PKEY_CTX_set_params(ctx, params);
  int small = 512;
  OSSL_PARAM p2[] = {
      // ruleid: backdoor-short-key
      OSSL_PARAM_int(OSSL_PKEY_PARAM_RSA_BITS, &small),
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 512-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
      // CHECK-MESSAGES: :[[@LINE-5]]:15: note: value assigned here
      OSSL_PARAM_END};
  EVP_PKEY_CTX_set_params(ctx, p2);
}

void symmetric(EVP_CIPHER_CTX *c, const unsigned char *k, AES_KEY *ak,
               mbedtls_cipher_context_t *mc, EVP_CIPHER_CTX *ctx) {
  // ruleid: backdoor-short-key
  EVP_CIPHER_CTX_set_key_length(c, 8);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 64-bit symmetric key is too short and can be found by exhaustive search; use at least 128 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  AES_set_encrypt_key(k, 64, ak);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 64-bit symmetric key is too short and can be found by exhaustive search; use at least 128 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  mbedtls_cipher_setkey(mc, k, 56, MBEDTLS_ENCRYPT);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 56-bit symmetric key is too short and can be found by exhaustive search; use at least 128 bits [backdoor-short-key]
}

void mbed_rsa(mbedtls_rsa_context *rsa) {
  // ruleid: backdoor-short-key
  mbedtls_rsa_gen_key(rsa, 0, 0, 1024, 65537);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
}

// Negative cases.
void safe(RSA *r, EVP_PKEY_CTX *ctx, int user_bits, EVP_CIPHER_CTX *c, const unsigned char *k,
          AES_KEY *ak, mbedtls_rsa_context *rsa, mbedtls_ecp_group *grp) {
  // ok: backdoor-short-key
  RSA_generate_key_ex(r, 3072, NULL, NULL);
  // ok: backdoor-short-key
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, LARGE_KEY);
  // ok: backdoor-short-key (size chosen at run time)
  RSA_generate_key_ex(r, user_bits, NULL, NULL);
  // ok: backdoor-short-key
  EC_KEY_new_by_curve_name(NID_X9_62_prime256v1);
  // ok: backdoor-short-key
  EC_KEY_new_by_curve_name(NID_secp384r1);
  // ok: backdoor-short-key
  EVP_PKEY_CTX_set_group_name(ctx, "X25519");
  // ok: backdoor-short-key
  EVP_PKEY_CTX_set_group_name(ctx, "ffdhe2048");
  // ok: backdoor-short-key
  EVP_CIPHER_CTX_set_key_length(c, 32);
  // ok: backdoor-short-key
  AES_set_encrypt_key(k, 256, ak);
  // ok: backdoor-short-key
  mbedtls_rsa_gen_key(rsa, 0, 0, 4096, 65537);
  // ok: backdoor-short-key
  mbedtls_ecp_group_load(grp, MBEDTLS_ECP_DP_SECP256R1);
  // ok: backdoor-short-key
  EVP_RSA_gen(3072);
}

/* A constant Diffie-Hellman modulus is a size too, a standard group's as well
   (RFC 2409's 1024-bit Oakley group 2: Logjam); RFC 3526's 2048-bit group is not short. */
static const char kOakleyGroup2[] =
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd1"
    "29024e088a67cc74020bbea63b139b22514a08798e3404dd"
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245"
    "e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed"
    "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece65381"
    "ffffffffffffffff";
static const char kModp2048[] =
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd1"
    "29024e088a67cc74020bbea63b139b22514a08798e3404dd"
    "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245"
    "e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed"
    "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3d"
    "c2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f"
    "83655d23dca3ad961c62f356208552bb9ed529077096966d"
    "670c354e4abc9804f1746c08ca18217c32905e462e36ce3b"
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9"
    "de2bcbf6955817183995497cea956ae515d2261898fa0510"
    "15728e5a8aacaa68ffffffffffffffff";
void dh_groups(DH *dh, DH *dh2, BIGNUM *g) {
  BIGNUM *p = NULL, *p2 = NULL;
  BN_hex2bn(&p, kOakleyGroup2);
  // ruleid: backdoor-short-key
  DH_set0_pqg(dh, p, NULL, g);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 1024-bit Diffie-Hellman modulus 'kOakleyGroup2' is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  BN_hex2bn(&p2, kModp2048);
  // ok: backdoor-short-key
  DH_set0_pqg(dh2, p2, NULL, g);
}

// One variable per switch case: the group a case sets is what that case
// uses; the 2048-bit group a later `default:` sets replaces the 1024-bit one
// on every path to its own use.
BIGNUM *dh_group_2048(void);
void kex_groups(DH *dh, int group, BIGNUM *g) {
  BIGNUM *p = NULL;
  switch (group) {
  case 1:
    BN_hex2bn(&p, kOakleyGroup2);
    // ruleid: backdoor-short-key
    DH_set0_pqg(dh, p, NULL, g);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 1024-bit Diffie-Hellman modulus 'kOakleyGroup2' is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
    break;
  case 14:
  default:
    p = dh_group_2048();
    // ok: backdoor-short-key
    DH_set0_pqg(dh, p, NULL, g);
    break;
  }
}

// A standard group a library function returns, by its size: RFC 3526's
// 1536-bit group 5 (WPS mandates it) is too small; its 3072-bit group is not.
BIGNUM *BN_get_rfc3526_prime_1536(BIGNUM *bn);
BIGNUM *BN_get_rfc3526_prime_3072(BIGNUM *bn);
void wps_dh(DH *dh, BIGNUM *g) {
  DH_set0_pqg(dh, BN_get_rfc3526_prime_1536(NULL), NULL, g);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 1536-bit Diffie-Hellman modulus is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
}
void strong_dh(DH *dh, BIGNUM *g) {
  DH_set0_pqg(dh, BN_get_rfc3526_prime_3072(NULL), NULL, g);
}
