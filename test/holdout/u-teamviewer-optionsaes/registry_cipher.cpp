// Reversible protection of the passwords kept in global.conf / the registry.
#include <openssl/evp.h>

#include <memory>

#include "tv.hpp"

namespace tv {

namespace {
struct CtxFree {
  void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;
}  // namespace

Bytes RegistryCipher::protect(const std::string &plain) {
  // the stored form is UTF-16LE, as the Windows registry holds it
  Bytes utf16;
  for (unsigned char ch : plain) {
    utf16.push_back(ch);
    utf16.push_back(0);
  }
  CtxPtr ctx(EVP_CIPHER_CTX_new());
  Bytes out(utf16.size() + 16);
  int n1 = 0, n2 = 0;
  // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, kKey, kIv) != 1)
    return {};
  if (EVP_EncryptUpdate(ctx.get(), out.data(), &n1, utf16.data(), static_cast<int>(utf16.size())) != 1 || EVP_EncryptFinal_ex(ctx.get(), out.data() + n1, &n2) != 1)
    return {};
  out.resize(static_cast<size_t>(n1 + n2));
  return out;
}

std::optional<std::string> RegistryCipher::reveal(const Bytes &blob) {
  if (blob.empty() || blob.size() % 16 != 0)
    return std::nullopt;
  CtxPtr ctx(EVP_CIPHER_CTX_new());
  Bytes out(blob.size() + 16);
  int n1 = 0, n2 = 0;
  // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, kKey, kIv) != 1)
    return std::nullopt;
  if (EVP_DecryptUpdate(ctx.get(), out.data(), &n1, blob.data(), static_cast<int>(blob.size())) != 1 || EVP_DecryptFinal_ex(ctx.get(), out.data() + n1, &n2) != 1)
    return std::nullopt;
  std::string plain;
  for (int i = 0; i + 1 < n1 + n2; i += 2) {
    if (out[static_cast<size_t>(i)] == 0)
      break;
    plain.push_back(static_cast<char>(out[static_cast<size_t>(i)]));
  }
  return plain;
}

}  // namespace tv
