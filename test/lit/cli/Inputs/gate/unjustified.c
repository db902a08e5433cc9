#include <openssl/evp.h>

/* Lines added above the old finding do not make it new. */
static int counter;
static int bump(void) { return ++counter; }

/* An old finding, accepted into the baseline. */
void legacy(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv) {
  EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, k, iv);
}

/* The pull request's new finding. */
void stream(EVP_CIPHER_CTX *ctx, const unsigned char *k) {
  EVP_EncryptInit_ex(ctx, EVP_rc4(), NULL, k, NULL); // backdoor-scan: allow backdoor-weak-cipher
}
