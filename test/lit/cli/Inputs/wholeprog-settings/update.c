#include "fw.h"
int gen_key(RSA *r, BIGNUM *e) {
  struct fw_cfg c;
  load_defaults(&c);
  return RSA_generate_key_ex(r, c.rsa_bits, e, NULL);
}
int derive(const char *pw, const unsigned char *salt, unsigned char *out) {
  struct fw_cfg c;
  load_defaults(&c);
  return PKCS5_PBKDF2_HMAC(pw, 8, salt, 16, c.kdf_iterations, EVP_sha256(), 32, out);
}
void setup_tls(SSL_CTX *ctx) {
  struct fw_cfg c;
  load_defaults(&c);
  SSL_CTX_set_verify(ctx, c.verify_mode, NULL);
  SSL_CTX_set_cipher_list(ctx, c.ciphers);
  SSL_CTX_set_min_proto_version(ctx, c.min_version);
}
int gen_key_configured(RSA *r, BIGNUM *e, const char *text) {
  struct fw_cfg c;
  load_config(&c, text);
  return RSA_generate_key_ex(r, c.rsa_bits, e, NULL);
}
void setup_tls_configured(SSL_CTX *ctx, const char *text) {
  struct fw_cfg c;
  load_config(&c, text);
  SSL_CTX_set_verify(ctx, c.verify_mode, NULL);
  SSL_CTX_set_cipher_list(ctx, c.ciphers);
  SSL_CTX_set_min_proto_version(ctx, c.min_version);
}
