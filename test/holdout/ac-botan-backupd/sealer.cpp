// sealer.cpp - chunk encryption and chunk ids
#include <algorithm>
#include <ranges>

#include <botan/hash.h>
#include <botan/hex.h>

#include "backup.hpp"

namespace bk {

std::unique_ptr<Botan::Cipher_Mode> make_cipher(Format f, Botan::Cipher_Dir dir)
{
  switch (f) {
    case Format::V3:
      // ok: backdoor-weak-cipher, backdoor-ecb-mode
      return Botan::Cipher_Mode::create_or_throw("AES-256/GCM", dir);
    case Format::Tape2012:
      // tape libraries written by backupd 1.x; restores must still read them
      // ruleid: backdoor-weak-cipher
      return Botan::Cipher_Mode::create_or_throw("Blowfish/CBC/PKCS7", dir);
  }
  return nullptr;
}

ChunkSealer::ChunkSealer(Format f, const Botan::secure_vector<uint8_t> &key, Botan::RandomNumberGenerator &rng)
    : mode_(make_cipher(f, Botan::ENCRYPTION)), rng_(rng)
{
  // ok: backdoor-hardcoded-key
  mode_->set_key(key);
}

std::vector<uint8_t> ChunkSealer::seal(std::span<const uint8_t> chunk)
{
  const auto nonce = rng_.random_vec(mode_->default_nonce_length());
  Botan::secure_vector<uint8_t> buf(chunk.begin(), chunk.end());
  // ok: backdoor-hardcoded-iv
  mode_->start(nonce);
  mode_->finish(buf);
  std::vector<uint8_t> out(nonce.begin(), nonce.end());
  std::ranges::copy(buf, std::back_inserter(out));
  return out;
}

template <ByteContainer B>
std::string chunk_id(const B &data)
{
  // ok: backdoor-weak-hash
  auto h = Botan::HashFunction::create_or_throw("SHA-256");
  h->update(data.data(), data.size());
  return Botan::hex_encode(h->final());
}

/* index files of 1.x named chunks by MD5; kept to find them during restores */
std::string legacy_chunk_name(std::span<const uint8_t> data)
{
  // ok: backdoor-weak-hash
  auto h = Botan::HashFunction::create_or_throw("MD5");
  h->update(data.data(), data.size());
  return Botan::hex_encode(h->final());
}

template std::string chunk_id<std::vector<uint8_t>>(const std::vector<uint8_t> &);

}  // namespace bk
