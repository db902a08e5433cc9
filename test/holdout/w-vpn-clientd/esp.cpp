// esp.cpp - user-space ESP for platforms without XFRM
#include <cstdio>
#include <openssl/evp.h>

#include "vpn.hpp"

namespace vpn {
namespace {
struct EspSuite {
  const char *name;
  const EVP_CIPHER *(*cipher)();
  int key_bytes;
};

const EspSuite kSuites[] = {
    {"aes256gcm16", EVP_aes_256_gcm, 32},
    {"aes128gcm16", EVP_aes_128_gcm, 16},
    {"3des-sha1", EVP_des_ede3_cbc, 24},
};
}  // namespace

int esp_install(const ChildSa &sa, int suite) {
  if (suite < 0 || suite >= static_cast<int>(sizeof kSuites / sizeof kSuites[0]))
    return -1;
  const EspSuite &s = kSuites[suite];
  if (static_cast<int>(sa.enc_key.size()) < s.key_bytes)
    return -1;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-weak-cipher
  const int rc = EVP_EncryptInit_ex(ctx, s.cipher(), nullptr, sa.enc_key.data(), nullptr);
  EVP_CIPHER_CTX_free(ctx);
  return rc == 1 ? 0 : -1;
}

}  // namespace vpn
