#include <openssl/evp.h>
/* Scanned code is untrusted: its text reaches the report and must stay text. */
void seal(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, (const unsigned char *)"</script><script>document.title='PWNED';document.documentElement.setAttribute('data-pwned','1')</script><img src=x onerror=\"document.title='PWNED'\">", iv);
  EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, (const unsigned char *)"0123456789abcdef01234567", iv);
}
