// Sealer backends: AES-GCM for current storage nodes, the generation-1 format for old ones.
#include <cryptopp/aes.h>
#include <cryptopp/des.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>

#include "broker.hpp"

namespace kb {
namespace {

constexpr std::array<std::uint8_t, 8> kGen1Iv{};

}  // namespace

Bytes GcmSealer::seal_impl(std::span<const std::uint8_t> key, std::span<const std::uint8_t> plain) {
  CryptoPP::AutoSeededRandomPool rng;
  Bytes out(12);
  rng.GenerateBlock(out.data(), out.size());
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
  enc.SetKeyWithIV(key.data(), key.size(), out.data(), 12);
  std::string ct;
  CryptoPP::ArraySource(plain.data(), plain.size(), true,
                        new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(ct)));
  out.insert(out.end(), ct.begin(), ct.end());
  return out;
}

// generation-1 nodes decrypt two-key Triple DES in CBC mode under a fixed IV
Bytes LegacySealer::seal_impl(std::span<const std::uint8_t> key, std::span<const std::uint8_t> plain) {
  // ruleid: backdoor-weak-cipher, backdoor-hardcoded-iv
  CryptoPP::CBC_Mode<CryptoPP::DES_EDE2>::Encryption enc(key.data(), CryptoPP::DES_EDE2::DEFAULT_KEYLENGTH, kGen1Iv.data());
  std::string ct;
  CryptoPP::ArraySource(plain.data(), plain.size(), true,
                        new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(ct)));
  return Bytes(ct.begin(), ct.end());
}

}  // namespace kb
