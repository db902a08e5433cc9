/* Copied by aspect.test to app/a dir/$(touch PWNED).c. The key is there only
   with the target's own copts and local define, and the define of //base. */
#include "base/keys.h"

#if APP_SEAL && defined(APP_VARIANT)
static const unsigned char kFactoryDefaults[BASE_KEY_BYTES] = {
    0x3a, 0x91, 0x12, 0x77, 0xfe, 0x01, 0x9c, 0x42, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88};

int seal(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, kFactoryDefaults, iv);
}
#endif
