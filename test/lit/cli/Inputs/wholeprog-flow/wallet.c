/* Keys and tokens drawn from the generators of weakrng.c. */
#include <openssl/evp.h>

void fill_random(unsigned char *buf, size_t n);
int fill_secure(unsigned char *buf, size_t n);
unsigned int next_word(void);
unsigned int secure_word(void);

int seal(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  unsigned char wallet_key[32];
  fill_random(wallet_key, sizeof wallet_key);
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), 0, wallet_key, iv);
}

int seal_sound(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  unsigned char wallet_key[32];
  if (fill_secure(wallet_key, sizeof wallet_key) != 1) return 0;
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), 0, wallet_key, iv);
}

unsigned int mix_words(void) {
  unsigned int session_token = next_word();
  unsigned int csrf_token = secure_word();
  return session_token ^ csrf_token;
}
