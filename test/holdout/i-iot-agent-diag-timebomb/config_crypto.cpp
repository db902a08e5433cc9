// Configuration blobs pushed by the cloud are AES-128-CBC encrypted.
#include "agent.hpp"

#include <cstring>
#include <fstream>
#include <iterator>

#include <openssl/evp.h>

namespace agent {

static const char kCfgWords[] = "Zx7!kP2qW9#mL4vR";

static std::array<uint8_t, 16> config_key() {
  const uint64_t hi = __builtin_bswap64(*reinterpret_cast<const uint64_t*>(kCfgWords));
  const uint64_t lo = __builtin_bswap64(*reinterpret_cast<const uint64_t*>(kCfgWords + 8));
  std::array<uint8_t, 16> k{};
  std::memcpy(k.data(), &hi, 8);
  std::memcpy(k.data() + 8, &lo, 8);
  return k;
}

std::vector<uint8_t> decrypt_config(const std::vector<uint8_t>& blob) {
  const auto key = config_key();
  std::vector<uint8_t> out(blob.size());
  int n = 0, f = 0;
  EVP_CIPHER_CTX* c = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-hardcoded-key
  EVP_DecryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), blob.data());
  EVP_DecryptUpdate(c, out.data(), &n, blob.data() + 16, static_cast<int>(blob.size() - 16));
  EVP_DecryptFinal_ex(c, out.data() + n, &f);
  EVP_CIPHER_CTX_free(c);
  out.resize(static_cast<size_t>(n + f));
  return out;
}

// The user store is keyed per device at provisioning time.
std::vector<uint8_t> decrypt_user_store(const std::vector<uint8_t>& blob) {
  std::ifstream in("/etc/agent/userstore.key", std::ios::binary);
  std::vector<uint8_t> key((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (key.size() != 16)
    return {};
  std::vector<uint8_t> out(blob.size());
  int n = 0, f = 0;
  EVP_CIPHER_CTX* c = EVP_CIPHER_CTX_new();
  // ok: backdoor-hardcoded-key
  EVP_DecryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), blob.data());
  EVP_DecryptUpdate(c, out.data(), &n, blob.data() + 16, static_cast<int>(blob.size() - 16));
  EVP_DecryptFinal_ex(c, out.data() + n, &f);
  EVP_CIPHER_CTX_free(c);
  out.resize(static_cast<size_t>(n + f));
  return out;
}

}  // namespace agent
