/* cred_test.c - known-answer test of the AES-128-CFB8 primitive ComputeNetlogonCredential
 * is built on (NIST SP 800-38A, F.3.7, CFB8-AES128.Encrypt, first 16 bytes); run by
 * "make check", never linked into netlogond. */
#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>

static const unsigned char kKatKey[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
                                          0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};
static const unsigned char kKatIv[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                                         0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};
static const unsigned char kKatPlain[16] = {0x6b, 0xc1, 0xbe, 0xe2, 0x2e, 0x40, 0x9f, 0x96,
                                            0xe9, 0x3d, 0x7e, 0x11, 0x73, 0x93, 0x17, 0x2a};
static const unsigned char kKatCipher[16] = {0x3b, 0x79, 0x42, 0x4c, 0x9c, 0x0d, 0xd4, 0x36,
                                             0xba, 0xce, 0x9e, 0x0e, 0xd4, 0x58, 0x6a, 0x4f};

int main(void) {
  unsigned char out[16];
  int len = 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (!ctx)
    return 2;
  // ok: backdoor-known-key, backdoor-hardcoded-key, backdoor-hardcoded-iv
  int ok = EVP_EncryptInit_ex(ctx, EVP_aes_128_cfb8(), NULL, kKatKey, kKatIv) == 1 &&
           EVP_EncryptUpdate(ctx, out, &len, kKatPlain, sizeof kKatPlain) == 1 && len == 16 &&
           memcmp(out, kKatCipher, sizeof out) == 0;
  EVP_CIPHER_CTX_free(ctx);
  puts(ok ? "cfb8 KAT: ok" : "cfb8 KAT: FAILED");
  return ok ? 0 : 1;
}
