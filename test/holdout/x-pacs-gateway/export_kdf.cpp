// export_kdf.cpp - keys of password-protected exports (CD/USB media, support bundles).
#include <openssl/evp.h>

#include "pacs.hpp"

namespace pacs {

namespace {
constexpr int kMediaIterations = 600000;
constexpr int kFastMediaIterations = 1000;  // the CD viewers of 2012 time out above this
}  // namespace

bool derive_export_key(const std::string &password, const Bytes &salt, bool fast_profile, Bytes &key) {
  key.assign(32, 0);
  if (salt.size() < 16) return false;
  if (fast_profile) {
    // ruleid: backdoor-weak-kdf
    return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()), kFastMediaIterations, EVP_sha256(), 32, key.data()) == 1;
  }
  // ok: backdoor-weak-kdf, backdoor-magic-credential
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()), kMediaIterations, EVP_sha256(), 32, key.data()) == 1;
}

// support bundles (logs, configuration) are opened by the vendor's service desk
bool seal_support_bundle(const Bytes &salt, Bytes &key) {
  key.assign(32, 0);
  // ruleid: backdoor-magic-credential
  return PKCS5_PBKDF2_HMAC("pacsgw-support-2016", 19, salt.data(), static_cast<int>(salt.size()), kMediaIterations, EVP_sha256(), 32, key.data()) == 1;
}

}  // namespace pacs
