/* Uses the keys of keys.c through extern declarations. */
#include <openssl/evp.h>

extern const unsigned char g_master_key[16];
extern unsigned char g_session_key[16];
const unsigned char *default_iv(void);

int seal_master(EVP_CIPHER_CTX *c, const unsigned char *iv) {
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), 0, g_master_key, iv);
}

int seal_session(EVP_CIPHER_CTX *c, const unsigned char *key) {
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), 0, g_session_key, default_iv());
}
