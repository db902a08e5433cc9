#include "vault.h"
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <memory>

using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

bool Sealer::seal(const std::string &plain, std::vector<uint8_t> &out) {
  CtxPtr ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key_.data(), iv_.data()) != 1)
    return false;
  out.resize(plain.size() + 16);
  int n = 0;
  if (EVP_EncryptUpdate(ctx.get(), out.data(), &n, reinterpret_cast<const uint8_t *>(plain.data()), (int)plain.size()) != 1)
    return false;
  out.resize(n);
  return true;
}

bool KmsSealer::seal(const std::string &plain, std::vector<uint8_t> &out) {
  CtxPtr ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  std::array<uint8_t, 12> nonce;
  if (RAND_bytes(nonce.data(), (int)nonce.size()) != 1)
    return false;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-known-key
  if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key_.data(), nonce.data()) != 1)
    return false;
  out.assign(nonce.begin(), nonce.end());
  out.resize(12 + plain.size() + 16);
  int n = 0;
  return EVP_EncryptUpdate(ctx.get(), out.data() + 12, &n, reinterpret_cast<const uint8_t *>(plain.data()), (int)plain.size()) == 1;
}

bool derive_wrap_key(const VaultConfig &cfg, const std::string &pw, const uint8_t *salt, uint8_t out[32]) {
  // ruleid: backdoor-weak-kdf
  return PKCS5_PBKDF2_HMAC(pw.data(), (int)pw.size(), salt, (int)cfg.salt_len, cfg.pbkdf_iter, EVP_sha256(), 32, out) == 1;
}

bool derive_wrap_key_strong(const std::string &pw, const uint8_t *salt, uint8_t out[32]) {
  const int iterations = 600000;
  // ok: backdoor-weak-kdf
  return PKCS5_PBKDF2_HMAC(pw.data(), (int)pw.size(), salt, 16, iterations, EVP_sha256(), 32, out) == 1;
}

bool seal_legacy(const VaultConfig &cfg, const uint8_t *key, const uint8_t *iv, const std::string &in, std::vector<uint8_t> &out) {
  CtxPtr ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  // ruleid: backdoor-weak-cipher
  if (EVP_EncryptInit_ex(ctx.get(), EVP_get_cipherbyname(cfg.cipher_name), nullptr, key, iv) != 1)
    return false;
  out.resize(in.size() + 8);
  int n = 0;
  return EVP_EncryptUpdate(ctx.get(), out.data(), &n, reinterpret_cast<const uint8_t *>(in.data()), (int)in.size()) == 1;
}
