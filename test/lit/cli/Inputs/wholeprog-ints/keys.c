/* Generates keys with the sizes of policy.c. */
#include <openssl/evp.h>

extern const int rsa_modulus_bits;
extern const int rsa_modulus_bits_ok;
extern const int cipher_key_bytes;
int dh_prime_bits(void);
int dh_prime_bits_ok(void);
int pbkdf_rounds(void);

int make_rsa(RSA *r, BIGNUM *e) {
  return RSA_generate_key_ex(r, rsa_modulus_bits, e, NULL);
}

int make_rsa_ok(RSA *r, BIGNUM *e) {
  return RSA_generate_key_ex(r, rsa_modulus_bits_ok, e, NULL);
}

int make_dh(DH *dh) {
  int bits = dh_prime_bits();
  return DH_generate_parameters_ex(dh, bits, 2, NULL);
}

int make_dh_ok(DH *dh) {
  int bits = dh_prime_bits_ok();
  return DH_generate_parameters_ex(dh, bits, 2, NULL);
}

int shrink_key(EVP_CIPHER_CTX *ctx) {
  return EVP_CIPHER_CTX_set_key_length(ctx, cipher_key_bytes);
}

int derive(const char *pass, int len, const unsigned char *salt, unsigned char *out) {
  return PKCS5_PBKDF2_HMAC(pass, len, salt, 16, pbkdf_rounds(), EVP_sha256(), 32, out);
}

extern int host_key_bits;
extern int client_key_bits;

int make_host_key(RSA *r, BIGNUM *e) {
  return RSA_generate_key_ex(r, host_key_bits, e, NULL);
}

int make_client_key(RSA *r, BIGNUM *e) {
  return RSA_generate_key_ex(r, client_key_bits, e, NULL);
}

extern int server_key_bits;

int make_server_key(RSA *r, BIGNUM *e) {
  return RSA_generate_key_ex(r, server_key_bits, e, NULL);
}

int rsa_bits_for(int level);
int check_level(int level);

int make_level_key(RSA *r, BIGNUM *e, int level) {
  if (check_level(level)) return 0;
  return RSA_generate_key_ex(r, rsa_bits_for(level), e, NULL);
}

extern const int rsa_modulus_bits_ok;

/* A size chosen by a switch among another unit's constant and a sound one. */
int make_peer_key(RSA *r, BIGNUM *e, int legacy_peer) {
  return RSA_generate_key_ex(r, legacy_peer ? rsa_modulus_bits : 2048, e, NULL);
}

int make_modern_key(RSA *r, BIGNUM *e, int strict) {
  return RSA_generate_key_ex(r, strict ? rsa_modulus_bits_ok : 2048, e, NULL);
}

/* An OSSL_PARAM iteration count bound by its address, through a local copy
   of another unit's constant. */
extern const unsigned int kdf_rounds;
extern const unsigned int kdf_rounds_ok;

int derive_by_name(EVP_KDF_CTX *k, unsigned char *out) {
  unsigned int iters = kdf_rounds;
  unsigned int strong = kdf_rounds_ok;
  OSSL_PARAM p[2];
  p[0] = OSSL_PARAM_construct_uint(OSSL_KDF_PARAM_ITER, &iters);
  p[1] = OSSL_PARAM_construct_end();
  if (EVP_KDF_derive(k, out, 32, p) != 1) return -1;
  p[0] = OSSL_PARAM_construct_uint(OSSL_KDF_PARAM_ITER, &strong);
  return EVP_KDF_derive(k, out, 32, p);
}
