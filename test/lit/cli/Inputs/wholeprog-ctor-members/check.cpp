#include "verifier.h"
#include <openssl/crypto.h>
#include <openssl/hmac.h>

bool LegacyVerifier::check(const std::string &msg, const unsigned char *tag) const {
  unsigned char mac[64];
  unsigned int len = 0;
  HMAC(md_, key_.data(), (int)key_.size(), (const unsigned char *)msg.data(), msg.size(), mac, &len);
  return CRYPTO_memcmp(mac, tag, len) == 0;
}

bool Verifier::check(const std::string &msg, const unsigned char *tag) const {
  unsigned char mac[64];
  unsigned int len = 0;
  HMAC(md_, key_.data(), (int)key_.size(), (const unsigned char *)msg.data(), msg.size(), mac, &len);
  return CRYPTO_memcmp(mac, tag, len) == 0;
}

bool sign_blob(const Blob &b, const std::string &msg, unsigned char *out) {
  unsigned int len = 0;
  return HMAC(EVP_sha256(), b.bytes().data(), (int)b.bytes().size(),
              (const unsigned char *)msg.data(), msg.size(), out, &len) != nullptr;
}
