/* Mock of the Mbed TLS 2.x/3.x API for backdoor-scan tests: real signatures
   (3.x where they differ, with 2.x names kept), no bodies. */
#ifndef MOCK_MBEDTLS_H
#define MOCK_MBEDTLS_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef enum {
  MBEDTLS_CIPHER_ID_NONE = 0, MBEDTLS_CIPHER_ID_NULL, MBEDTLS_CIPHER_ID_AES,
  MBEDTLS_CIPHER_ID_DES, MBEDTLS_CIPHER_ID_3DES, MBEDTLS_CIPHER_ID_CAMELLIA,
  MBEDTLS_CIPHER_ID_ARIA, MBEDTLS_CIPHER_ID_CHACHA20,
} mbedtls_cipher_id_t;
typedef enum {
  MBEDTLS_CIPHER_NONE = 0, MBEDTLS_CIPHER_NULL, MBEDTLS_CIPHER_AES_128_ECB,
  MBEDTLS_CIPHER_AES_192_ECB, MBEDTLS_CIPHER_AES_256_ECB, MBEDTLS_CIPHER_AES_128_CBC,
  MBEDTLS_CIPHER_AES_256_CBC, MBEDTLS_CIPHER_AES_128_GCM, MBEDTLS_CIPHER_AES_256_GCM,
  MBEDTLS_CIPHER_DES_ECB, MBEDTLS_CIPHER_DES_CBC, MBEDTLS_CIPHER_DES_EDE_ECB,
  MBEDTLS_CIPHER_DES_EDE_CBC, MBEDTLS_CIPHER_DES_EDE3_ECB, MBEDTLS_CIPHER_DES_EDE3_CBC,
  MBEDTLS_CIPHER_ARC4_128, MBEDTLS_CIPHER_BLOWFISH_CBC, MBEDTLS_CIPHER_CHACHA20_POLY1305,
  MBEDTLS_CIPHER_CAMELLIA_128_ECB,
} mbedtls_cipher_type_t;
typedef enum { MBEDTLS_MODE_NONE = 0, MBEDTLS_MODE_ECB, MBEDTLS_MODE_CBC, MBEDTLS_MODE_GCM } mbedtls_cipher_mode_t;
typedef enum { MBEDTLS_DECRYPT = 0, MBEDTLS_ENCRYPT } mbedtls_operation_t;
typedef enum {
  MBEDTLS_MD_NONE = 0, MBEDTLS_MD_MD5, MBEDTLS_MD_SHA1, MBEDTLS_MD_SHA224,
  MBEDTLS_MD_SHA256, MBEDTLS_MD_SHA384, MBEDTLS_MD_SHA512, MBEDTLS_MD_RIPEMD160,
} mbedtls_md_type_t;
typedef enum {
  MBEDTLS_ECP_DP_NONE = 0, MBEDTLS_ECP_DP_SECP192R1, MBEDTLS_ECP_DP_SECP224R1,
  MBEDTLS_ECP_DP_SECP256R1, MBEDTLS_ECP_DP_SECP384R1, MBEDTLS_ECP_DP_SECP521R1,
  MBEDTLS_ECP_DP_BP256R1, MBEDTLS_ECP_DP_CURVE25519, MBEDTLS_ECP_DP_SECP192K1,
} mbedtls_ecp_group_id;
typedef struct mbedtls_cipher_info_t mbedtls_cipher_info_t;
typedef struct mbedtls_cipher_context_t { int dummy; } mbedtls_cipher_context_t;
typedef struct mbedtls_md_info_t mbedtls_md_info_t;
typedef struct mbedtls_md_context_t { int dummy; } mbedtls_md_context_t;
typedef struct mbedtls_pk_context { int dummy; } mbedtls_pk_context;
typedef struct mbedtls_rsa_context { int dummy; } mbedtls_rsa_context;
typedef struct mbedtls_mpi { int s; size_t n; void *p; } mbedtls_mpi;
typedef struct mbedtls_ecp_point { mbedtls_mpi X, Y, Z; } mbedtls_ecp_point;
/* The 2.x layout (3.x names the fields private_P, ... through MBEDTLS_PRIVATE). */
typedef struct mbedtls_ecp_group {
  int id;
  mbedtls_mpi P, A, B;
  mbedtls_ecp_point G;
  mbedtls_mpi N;
  size_t pbits, nbits;
} mbedtls_ecp_group;
typedef struct mbedtls_ecp_keypair { int dummy; } mbedtls_ecp_keypair;
typedef struct mbedtls_des_context { int dummy; } mbedtls_des_context;
typedef struct mbedtls_aes_context { int dummy; } mbedtls_aes_context;

const mbedtls_cipher_info_t *mbedtls_cipher_info_from_type(const mbedtls_cipher_type_t cipher_type);
const mbedtls_cipher_info_t *mbedtls_cipher_info_from_string(const char *cipher_name);
const mbedtls_cipher_info_t *mbedtls_cipher_info_from_values(const mbedtls_cipher_id_t cipher_id, int key_bitlen, const mbedtls_cipher_mode_t mode);
void mbedtls_cipher_init(mbedtls_cipher_context_t *ctx);
int mbedtls_cipher_setup(mbedtls_cipher_context_t *ctx, const mbedtls_cipher_info_t *cipher_info);
int mbedtls_cipher_setkey(mbedtls_cipher_context_t *ctx, const unsigned char *key, int key_bitlen, const mbedtls_operation_t operation);

const mbedtls_md_info_t *mbedtls_md_info_from_type(mbedtls_md_type_t md_type);
const mbedtls_md_info_t *mbedtls_md_info_from_string(const char *md_name);
int mbedtls_md_setup(mbedtls_md_context_t *ctx, const mbedtls_md_info_t *md_info, int hmac);
int mbedtls_md(const mbedtls_md_info_t *md_info, const unsigned char *input, size_t ilen, unsigned char *output);
int mbedtls_md_hmac(const mbedtls_md_info_t *md_info, const unsigned char *key, size_t keylen, const unsigned char *input, size_t ilen, unsigned char *output);
int mbedtls_pk_sign(mbedtls_pk_context *ctx, mbedtls_md_type_t md_alg, const unsigned char *hash, size_t hash_len, unsigned char *sig, size_t sig_size, size_t *sig_len, int (*f_rng)(void *, unsigned char *, size_t), void *p_rng);
int mbedtls_pk_verify(mbedtls_pk_context *ctx, mbedtls_md_type_t md_alg, const unsigned char *hash, size_t hash_len, const unsigned char *sig, size_t sig_len);
int mbedtls_pkcs5_pbkdf2_hmac_ext(mbedtls_md_type_t md_type, const unsigned char *password, size_t plen, const unsigned char *salt, size_t slen, unsigned int iteration_count, uint32_t key_length, unsigned char *output);
int mbedtls_hkdf(const mbedtls_md_info_t *md, const unsigned char *salt, size_t salt_len, const unsigned char *ikm, size_t ikm_len, const unsigned char *info, size_t info_len, unsigned char *okm, size_t okm_len);

#define MBEDTLS_RSA_PKCS_V15 0
#define MBEDTLS_RSA_PKCS_V21 1
void mbedtls_rsa_init(mbedtls_rsa_context *ctx);
int mbedtls_rsa_set_padding(mbedtls_rsa_context *ctx, int padding, mbedtls_md_type_t hash_id);
int mbedtls_rsa_gen_key(mbedtls_rsa_context *ctx, int (*f_rng)(void *, unsigned char *, size_t), void *p_rng, unsigned int nbits, int exponent);
int mbedtls_rsa_pkcs1_encrypt(mbedtls_rsa_context *ctx, int (*f_rng)(void *, unsigned char *, size_t), void *p_rng, size_t ilen, const unsigned char *input, unsigned char *output);
int mbedtls_rsa_pkcs1_sign(mbedtls_rsa_context *ctx, int (*f_rng)(void *, unsigned char *, size_t), void *p_rng, mbedtls_md_type_t md_alg, unsigned int hashlen, const unsigned char *hash, unsigned char *sig);
int mbedtls_rsa_rsaes_pkcs1_v15_encrypt(mbedtls_rsa_context *ctx, int (*f_rng)(void *, unsigned char *, size_t), void *p_rng, size_t ilen, const unsigned char *input, unsigned char *output);

int mbedtls_ecp_group_load(mbedtls_ecp_group *grp, mbedtls_ecp_group_id id);
int mbedtls_ecp_gen_key(mbedtls_ecp_group_id grp_id, mbedtls_ecp_keypair *key, int (*f_rng)(void *, unsigned char *, size_t), void *p_rng);

void mbedtls_des_init(mbedtls_des_context *ctx);
int mbedtls_des_setkey_enc(mbedtls_des_context *ctx, const unsigned char key[8]);
int mbedtls_des_crypt_ecb(mbedtls_des_context *ctx, const unsigned char input[8], unsigned char output[8]);
typedef struct mbedtls_des3_context { int dummy; } mbedtls_des3_context;
void mbedtls_des3_init(mbedtls_des3_context *ctx);
int mbedtls_des3_set2key_enc(mbedtls_des3_context *ctx, const unsigned char key[16]);
int mbedtls_des3_set2key_dec(mbedtls_des3_context *ctx, const unsigned char key[16]);
int mbedtls_des3_crypt_ecb(mbedtls_des3_context *ctx, const unsigned char input[8], unsigned char output[8]);
int mbedtls_des3_crypt_cbc(mbedtls_des3_context *ctx, int mode, size_t length, unsigned char iv[8], const unsigned char *input, unsigned char *output);
int mbedtls_aes_setkey_enc(mbedtls_aes_context *ctx, const unsigned char *key, unsigned int keybits);
int mbedtls_aes_crypt_ecb(mbedtls_aes_context *ctx, int mode, const unsigned char input[16], unsigned char output[16]);
int mbedtls_aes_crypt_cbc(mbedtls_aes_context *ctx, int mode, size_t length, unsigned char iv[16], const unsigned char *input, unsigned char *output);
#ifdef __cplusplus
}
#endif
#endif
