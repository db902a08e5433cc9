#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <openssl/evp.h>

namespace kms {

using Bytes = std::vector<std::uint8_t>;

struct Envelope {
  std::vector<Bytes> encrypted_keys;   // one per recipient
  Bytes iv;
  Bytes ciphertext;
};

struct ClientConfig {
  std::string endpoint;
  std::string ca_file;
  std::string customer_key_path;       // customer-managed RSA public key (PEM)
  std::string tenant;
};

Bytes read_root_key(const std::string& path);
Bytes derive_data_key(const Bytes& root, const std::string& context);
std::string hex(const Bytes& b);
std::string key_id(const Bytes& key);

Envelope seal(const ClientConfig& cfg, const Bytes& plaintext, bool audit_copy);
bool upload(const ClientConfig& cfg, const std::string& object, const Envelope& env);

}  // namespace kms
