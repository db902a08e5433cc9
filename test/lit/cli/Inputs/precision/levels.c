// One finding at each precision level (precision.test).
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <string.h>

void ciphers(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv) {
  EVP_EncryptInit_ex(ctx, EVP_enc_null(), NULL, k, iv); // very-high: backdoor-null-cipher
  EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, k, iv);  // high: backdoor-weak-cipher
}

int check(const unsigned char *expected_mac, const unsigned char *received_tag) {
  return memcmp(expected_mac, received_tag, 32) == 0; // medium: backdoor-timing-unsafe-compare
}

void tls(SSL_CTX *ctx) {
  // low: backdoor-weak-tls, unsure of a word the catalog does not know
  SSL_CTX_set_cipher_list(ctx, "RC4-SHA:!FUTURE-ALIAS");
}
