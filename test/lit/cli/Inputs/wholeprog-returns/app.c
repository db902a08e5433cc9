#include <openssl/evp.h>
#include <stdio.h>
const unsigned char *as_bytes(const char *s);
char *dup_string(const char *s);
unsigned char *unhex(const char *hex, unsigned char *out, size_t n);
const char *configured_key(void);

int seal_fixed(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, as_bytes("Qm9vdHN0cmFwS2V5"), iv);
}

int seal_decoded(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  unsigned char raw[16];
  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL,
                            unhex("8f3a1c9e5b7d2f4061a8c3e9d5b7f102", raw, 16), iv);
}

int login(const char *user) {
  char *pw = dup_string("Tr0ub4dor&3-master");
  unsigned char out[32];
  return PKCS5_PBKDF2_HMAC(pw, 18, (const unsigned char *)user, 16, 10000, EVP_sha256(), 32, out);
}

/* The same helpers given run-time data: only this call's argument counts,
   not a literal another call passes. */
int seal_configured(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  printf("%s\n", as_bytes("label: not a key"));
  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, as_bytes(configured_key()), iv);
}
