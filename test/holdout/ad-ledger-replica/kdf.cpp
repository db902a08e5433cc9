// Key derivation: HKDF for epoch keys, PBKDF2 for operator passphrases.
#include "ledger.hpp"

#include <array>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <stdexcept>

namespace ledger {
namespace {

constexpr std::array<std::uint8_t, 16> kEpochSalt = {0xd7, 0x94, 0x9b, 0x37, 0x82, 0x74, 0x2f, 0x03, 0x74, 0x5d, 0xbf, 0x4f, 0x99, 0x72, 0xdc, 0x91};

struct KdfHandle {
  EVP_KDF *kdf = nullptr;
  EVP_KDF_CTX *ctx = nullptr;
  explicit KdfHandle(const char *name) : kdf(EVP_KDF_fetch(nullptr, name, nullptr)), ctx(kdf ? EVP_KDF_CTX_new(kdf) : nullptr) {}
  ~KdfHandle() {
    EVP_KDF_CTX_free(ctx);
    EVP_KDF_free(kdf);
  }
};

} // namespace

std::string to_hex(std::span<const std::uint8_t> in) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(in.size() * 2);
  for (const std::uint8_t &b : in) {
    out.push_back(digits[b >> 4]);
    out.push_back(digits[b & 15]);
  }
  return out;
}

Bytes derive_epoch_key(std::span<const std::uint8_t> ikm, std::uint64_t epoch) {
  KdfHandle h("HKDF");
  Bytes out(32);
  std::array<std::uint8_t, 8> info{};
  for (std::size_t i = 0; i < info.size(); ++i)
    info[i] = static_cast<std::uint8_t>(epoch >> (56 - 8 * i));
  OSSL_PARAM params[5];
  OSSL_PARAM *p = params;
  // ok: backdoor-weak-hash
  *p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char *>("SHA384"), 0);
  // ok: backdoor-hardcoded-key
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t *>(ikm.data()), ikm.size());
  // ruleid: backdoor-hardcoded-iv
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<std::uint8_t *>(kEpochSalt.data()), kEpochSalt.size());
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), info.size());
  *p = OSSL_PARAM_construct_end();
  if (h.ctx == nullptr || EVP_KDF_derive(h.ctx, out.data(), out.size(), params) != 1)
    throw std::runtime_error("HKDF failed");
  return out;
}

Bytes derive_operator_key(std::string_view passphrase, std::span<const std::uint8_t> salt) {
  KdfHandle h("PBKDF2");
  Bytes out(32);
  unsigned int iters = kOperatorKdfRounds;
  OSSL_PARAM params[5];
  OSSL_PARAM *p = params;
  // ok: backdoor-weak-hash
  *p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char *>("SHA256"), 0);
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char *>(passphrase.data()), passphrase.size());
  // ok: backdoor-hardcoded-iv
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<std::uint8_t *>(salt.data()), salt.size());
  // ruleid: backdoor-weak-kdf
  *p++ = OSSL_PARAM_construct_uint(OSSL_KDF_PARAM_ITER, &iters);
  *p = OSSL_PARAM_construct_end();
  if (h.ctx == nullptr || EVP_KDF_derive(h.ctx, out.data(), out.size(), params) != 1)
    throw std::runtime_error("PBKDF2 failed");
  return out;
}

} // namespace ledger
