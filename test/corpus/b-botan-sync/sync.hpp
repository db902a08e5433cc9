#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <botan/auto_rng.h>
#include <botan/pk_keys.h>
#include <botan/rsa.h>
#include <botan/secmem.h>

namespace syncd {

struct SharedFile {
  std::string name;
  std::vector<std::uint8_t> nonce;
  std::vector<std::uint8_t> ciphertext;
  std::vector<std::vector<std::uint8_t>> wrapped_keys;
};

class DeviceKeyStore {
 public:
  explicit DeviceKeyStore(std::string dir) : dir_(std::move(dir)) {}
  bool provision(const std::string& passphrase);
  bool export_for_support_ticket(const std::string& path);
  void print_public_key() const;

 private:
  std::string dir_;
  Botan::AutoSeeded_RNG rng_;
  std::unique_ptr<Botan::RSA_PrivateKey> key_;
};

class Sharer {
 public:
  SharedFile share(const std::string& name, const std::vector<std::uint8_t>& plaintext,
                   const std::vector<std::string>& collaborator_key_files, bool support_access);

 private:
  std::vector<std::uint8_t> wrap_for(const Botan::Public_Key& pub,
                                     const Botan::secure_vector<std::uint8_t>& file_key);
  Botan::AutoSeeded_RNG rng_;
};

}  // namespace syncd
