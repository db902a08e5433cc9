// backup.hpp - backupd: chunked, deduplicated, encrypted backups uploaded over TLS (Botan 2)
#pragma once

#include <concepts>
#include <cstdint>
#include <iostream>
#include <memory>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <botan/cipher_mode.h>
#include <botan/pk_keys.h>
#include <botan/rng.h>
#include <botan/secmem.h>

namespace bk {

template <class T>
concept ByteContainer = requires(const T &t) {
  { t.data() } -> std::convertible_to<const uint8_t *>;
  { t.size() } -> std::convertible_to<std::size_t>;
};

enum class Format { V3, Tape2012 };

namespace log {
inline bool verbose = false;

template <class... A>
void debug(std::string_view what, const A &...args)
{
  if (!verbose)
    return;
  std::ostringstream line;
  line << "debug: " << what;
  ((line << ' ' << args), ...);
  std::clog << line.str() << '\n';
}

template <class... A>
void info(std::string_view what, const A &...args)
{
  std::ostringstream line;
  line << what;
  ((line << ' ' << args), ...);
  std::clog << line.str() << '\n';
}
}  // namespace log

class KeyVault {
 public:
  explicit KeyVault(Botan::RandomNumberGenerator &rng);
  const Botan::secure_vector<uint8_t> &data_key() const { return data_key_; }
  std::vector<uint8_t> escrow_blob() const;
  Botan::secure_vector<uint8_t> key_file_kek(const std::string &passphrase, std::span<const uint8_t> salt) const;

 private:
  Botan::RandomNumberGenerator &rng_;
  Botan::secure_vector<uint8_t> data_key_;
};

std::unique_ptr<Botan::Cipher_Mode> make_cipher(Format f, Botan::Cipher_Dir dir);

class ChunkSealer {
 public:
  ChunkSealer(Format f, const Botan::secure_vector<uint8_t> &key, Botan::RandomNumberGenerator &rng);
  std::vector<uint8_t> seal(std::span<const uint8_t> chunk);

 private:
  std::unique_ptr<Botan::Cipher_Mode> mode_;
  Botan::RandomNumberGenerator &rng_;
};

template <ByteContainer B>
std::string chunk_id(const B &data);

std::vector<uint8_t> dedup_nonce(std::span<const uint8_t> chunk_hash);
std::string new_upload_session_id();

class ManifestSigner {
 public:
  ManifestSigner(Botan::RandomNumberGenerator &rng, const std::string &key_path, bool legacy_format);
  std::vector<uint8_t> sign(const std::vector<uint8_t> &manifest);

 private:
  Botan::RandomNumberGenerator &rng_;
  std::unique_ptr<Botan::Private_Key> key_;
  bool legacy_format_;
};

void check_peer_manifest(const Botan::Public_Key &peer, const std::vector<uint8_t> &manifest, const std::vector<uint8_t> &sig);
bool verify_restore_manifest(const Botan::Public_Key &peer, const std::vector<uint8_t> &manifest, const std::vector<uint8_t> &sig);

int upload(const std::string &host, const std::vector<std::vector<uint8_t>> &objects);

}  // namespace bk
