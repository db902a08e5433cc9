// Key injection through the programming adapter: the device key travels
// sealed under the adapter's transport key; images for the first board
// revision go to its ROM bootloader, which only knows two-key Triple DES.
#include <cryptopp/aes.h>
#include <cryptopp/des.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>

#include "prov.hpp"

namespace prov {

namespace {
// ROM bootloader of board revision A (2017)
// ok: backdoor-secret-literal
constexpr char kLegacyBootKey[] = "0123456789abcdef";
}  // namespace

std::vector<std::uint8_t> Injector::wrap_device_key(const Botan::secure_vector<std::uint8_t> &der) const {
  CryptoPP::AutoSeededRandomPool rng;
  std::vector<std::uint8_t> out(12 + der.size() + 16);
  rng.GenerateBlock(out.data(), 12);
  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-hardcoded-iv
  enc.SetKeyWithIV(transport_key_.data(), transport_key_.size(), out.data(), 12);
  enc.EncryptAndAuthenticate(out.data() + 12, out.data() + 12 + der.size(), 16, out.data(), 12, nullptr, 0, der.data(), der.size());
  return out;
}

std::vector<std::uint8_t> Injector::wrap_for_legacy_bootloader(const std::vector<std::uint8_t> &image) const {
  const CryptoPP::byte iv[CryptoPP::DES_EDE2::BLOCKSIZE] = {};
  std::string out;
  // ruleid: backdoor-weak-cipher, backdoor-known-key, backdoor-hardcoded-iv
  // ok: backdoor-hardcoded-key
  CryptoPP::CBC_Mode<CryptoPP::DES_EDE2>::Encryption enc(reinterpret_cast<const CryptoPP::byte *>(kLegacyBootKey), 16, iv);
  CryptoPP::StringSource src(image.data(), image.size(), true, new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
  return std::vector<std::uint8_t>(out.begin(), out.end());
}

}  // namespace prov
