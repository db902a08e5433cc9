// A sealer parameterized by a cipher policy: the policy's `spec` names the
// Botan cipher the template builds.
#pragma once
#include <botan/symkey.h>

struct Aes256Gcm {
  static constexpr const char *spec = "AES-256/GCM";
};
struct Cast128Cbc {
  static constexpr const char *spec = "CAST-128/CBC/PKCS7";
};
struct Blowfish {
  static constexpr const char *spec = "Blowfish/CBC/PKCS7";
};

template <class CipherPolicy> class Sealer {
public:
  std::unique_ptr<Botan::Cipher_Mode> encryptor() const {
    return Botan::Cipher_Mode::create_or_throw(CipherPolicy::spec, Botan::ENCRYPTION);
  }
};
