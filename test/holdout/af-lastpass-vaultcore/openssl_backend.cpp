// openssl_backend.cpp: the CipherBackend over OpenSSL's EVP interface.
#include "vault.hpp"

#include <openssl/evp.h>

namespace lpv {
namespace {

class OpensslBackend final : public CipherBackend {
public:
  bool decrypt(const EVP_CIPHER *cipher, const Bytes &key, const Bytes &iv, const Bytes &in,
               Bytes &out) override {
    return run(cipher, key, iv, in, out, 0);
  }
  bool encrypt(const EVP_CIPHER *cipher, const Bytes &key, const Bytes &iv, const Bytes &in,
               Bytes &out) override {
    return run(cipher, key, iv, in, out, 1);
  }

private:
  static bool run(const EVP_CIPHER *cipher, const Bytes &key, const Bytes &iv, const Bytes &in,
                  Bytes &out, int enc) {
    if (key.size() != static_cast<size_t>(EVP_CIPHER_get_key_length(cipher)))
      return false;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    const unsigned char *ivp = iv.empty() ? nullptr : iv.data();
    int len = 0, fin = 0, init = 0;
    bool ok = false;
    if (ctx == nullptr)
      return false;
    if (enc)
      // ok: backdoor-hardcoded-key, backdoor-known-key
      init = EVP_EncryptInit_ex(ctx, cipher, nullptr, key.data(), ivp);
    else
      // ok: backdoor-hardcoded-key, backdoor-known-key
      init = EVP_DecryptInit_ex(ctx, cipher, nullptr, key.data(), ivp);
    out.assign(in.size() + EVP_MAX_BLOCK_LENGTH, 0);
    if (init == 1 &&
        EVP_CipherUpdate(ctx, out.data(), &len, in.data(), static_cast<int>(in.size())) == 1 &&
        EVP_CipherFinal_ex(ctx, out.data() + len, &fin) == 1) {
      out.resize(static_cast<size_t>(len + fin));
      ok = true;
    }
    EVP_CIPHER_CTX_free(ctx);
    return ok;
  }
};

} // namespace

std::unique_ptr<CipherBackend> make_openssl_backend() { return std::make_unique<OpensslBackend>(); }

} // namespace lpv
