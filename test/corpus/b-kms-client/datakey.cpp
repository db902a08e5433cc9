#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>

#include <openssl/kdf.h>
#include <openssl/sha.h>

#include "kms.hpp"

namespace kms {

std::string hex(const Bytes& b) {
  static const char* digits = "0123456789abcdef";
  std::string s;
  s.reserve(b.size() * 2);
  for (std::uint8_t v : b) {
    s += digits[v >> 4];
    s += digits[v & 15];
  }
  return s;
}

std::string key_id(const Bytes& key) {
  Bytes d(SHA256_DIGEST_LENGTH);
  SHA256(key.data(), key.size(), d.data());
  return hex(d).substr(0, 16);
}

Bytes read_root_key(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  Bytes root((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (root.size() != 32) throw std::runtime_error("root key must be 32 bytes: " + path);
  return root;
}

Bytes derive_data_key(const Bytes& root, const std::string& context) {
  Bytes data_key(32);
  std::size_t len = data_key.size();
  EVP_PKEY_CTX* h = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
  bool ok = h != nullptr && EVP_PKEY_derive_init(h) == 1 &&
            EVP_PKEY_CTX_set_hkdf_md(h, EVP_sha256()) == 1 &&
            EVP_PKEY_CTX_set1_hkdf_key(h, root.data(), static_cast<int>(root.size())) == 1 &&
            EVP_PKEY_CTX_add1_hkdf_info(h, reinterpret_cast<const unsigned char*>(context.data()),
                                        static_cast<int>(context.size())) == 1 &&
            EVP_PKEY_derive(h, data_key.data(), &len) == 1;
  EVP_PKEY_CTX_free(h);
  if (!ok) throw std::runtime_error("HKDF failed for " + context);

  // ok: backdoor-key-exfiltration
  std::cerr << "[kms] derived data key " << key_id(data_key) << " for " << context << '\n';
#ifndef NDEBUG
  // ruleid: backdoor-key-exfiltration
  std::cerr << "[kms] dk(" << context << ")=" << hex(data_key) << '\n';
#endif
  return data_key;
}

}  // namespace kms
