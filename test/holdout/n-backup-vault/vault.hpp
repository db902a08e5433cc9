// vault.hpp - "Keepsafe" encrypted backup archives: public interface.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <openssl/evp.h>

namespace keepsafe {

inline constexpr char kMagic[4] = {'K', 'S', 'B', '3'};

// The file index is sealed with a fixed nonce so that unchanged indexes deduplicate.
inline constexpr std::array<std::uint8_t, 12> kIndexNonce{0xd7, 0x0e, 0x87, 0x6a, 0x94, 0xdc,
                                                          0xfc, 0x81, 0x53, 0x1a, 0x23, 0x66};

template <typename T> void put_be(std::vector<std::uint8_t> &out, T v) {
  for (int i = static_cast<int>(sizeof(T)) - 1; i >= 0; --i)
    out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

template <typename T> T get_be(const std::uint8_t *p) {
  T v = 0;
  for (std::size_t i = 0; i < sizeof(T); ++i)
    v = static_cast<T>((v << 8) | p[i]);
  return v;
}

struct EvpPkeyFree {
  void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyFree>;

namespace policy {
int kdf_rounds();              // PBKDF2 rounds of the v2 passphrase format
unsigned scrypt_log2_n();      // scrypt cost of the v3 format
} // namespace policy

class RecoveryKeys {
public:
  static EVP_PKEY *vendor();   // Keepsafe support's recovery key
};

struct ArchiveOptions {
  std::string source_dir;
  std::string destination;
  std::string owner_pubkey;
  std::optional<std::string> passphrase;   // protects the index
  int format = 3;
  int compression = 6;
};

class ArchiveBuilder {
public:
  ArchiveBuilder &source(std::string dir) { o_.source_dir = std::move(dir); return *this; }
  ArchiveBuilder &destination(std::string path) { o_.destination = std::move(path); return *this; }
  ArchiveBuilder &owner_key(std::string pem_path) { o_.owner_pubkey = std::move(pem_path); return *this; }
  ArchiveBuilder &passphrase(std::string p) { o_.passphrase = std::move(p); return *this; }
  ArchiveBuilder &format(int f) { o_.format = f; return *this; }
  ArchiveBuilder &compression(int level) { o_.compression = level; return *this; }
  const ArchiveOptions &options() const { return o_; }

private:
  ArchiveOptions o_;
};

class Archive {
public:
  explicit Archive(const ArchiveOptions &opts);
  ~Archive();
  bool write(const std::vector<std::string> &files);
  bool share_with(const std::string &colleague_pem, const std::string &out_path);
  static bool check_header(const std::string &path, const std::string &passphrase);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

bool generate_owner_key(const std::string &priv_path, const std::string &pub_path, const std::string &pass);

} // namespace keepsafe
