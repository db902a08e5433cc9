// datachan.cpp - AES-256-GCM data packets: packet id (8) | ciphertext | tag (16).
#include <cstring>

#include <openssl/evp.h>

#include "vpn.hpp"

namespace lanyard {

namespace {

void put_be64(std::uint8_t *p, std::uint64_t v) {
  for (int i = 7; i >= 0; --i) {
    p[i] = static_cast<std::uint8_t>(v);
    v >>= 8;
  }
}

std::uint64_t get_be64(const std::uint8_t *p) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i)
    v = (v << 8) | p[i];
  return v;
}

struct CtxDeleter {
  void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

} // namespace

DataChannel::DataChannel(const DataKey &tx, const DataKey &rx, const std::array<std::uint8_t, 4> &salt)
    : tx_(tx), rx_(rx), salt_(salt) {}

std::vector<std::uint8_t> DataChannel::seal(const std::uint8_t *p, std::size_t n) {
  std::vector<std::uint8_t> out(8 + n + 16);
  std::uint8_t nonce[12];
  const std::uint64_t id = ++tx_packet_;
  std::memcpy(nonce, salt_.data(), 4);
  put_be64(nonce + 4, id);
  put_be64(out.data(), id);
  CtxPtr c(EVP_CIPHER_CTX_new());
  int l1 = 0, l2 = 0;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  EVP_EncryptInit_ex(c.get(), EVP_aes_256_gcm(), nullptr, tx_.data(), nonce);
  EVP_EncryptUpdate(c.get(), out.data() + 8, &l1, p, static_cast<int>(n));
  EVP_EncryptFinal_ex(c.get(), out.data() + 8 + l1, &l2);
  EVP_CIPHER_CTX_ctrl(c.get(), EVP_CTRL_GCM_GET_TAG, 16, out.data() + 8 + n);
  return out;
}

std::optional<std::vector<std::uint8_t>> DataChannel::open(const std::uint8_t *p, std::size_t n) {
  if (n < 8 + 16)
    return std::nullopt;
  std::uint8_t nonce[12];
  std::memcpy(nonce, salt_.data(), 4);
  put_be64(nonce + 4, get_be64(p));
  std::vector<std::uint8_t> out(n - 24);
  CtxPtr c(EVP_CIPHER_CTX_new());
  int l1 = 0, l2 = 0;
  EVP_DecryptInit_ex(c.get(), EVP_aes_256_gcm(), nullptr, rx_.data(), nonce);
  EVP_DecryptUpdate(c.get(), out.data(), &l1, p + 8, static_cast<int>(n - 24));
  EVP_CIPHER_CTX_ctrl(c.get(), EVP_CTRL_GCM_SET_TAG, 16, const_cast<std::uint8_t *>(p + n - 16));
  if (EVP_DecryptFinal_ex(c.get(), out.data() + l1, &l2) != 1)
    return std::nullopt;
  return out;
}

} // namespace lanyard
