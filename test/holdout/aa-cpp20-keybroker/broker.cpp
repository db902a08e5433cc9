// The broker: a fresh data key per request, wrapped under the master key and the tenant's KEK.
#include <algorithm>
#include <stdexcept>

#include <cryptopp/aes.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/osrng.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "broker.hpp"

namespace kb {
namespace {

Bytes gcm_finish(CryptoPP::GCM<CryptoPP::AES>::Encryption &enc, std::span<const std::uint8_t> iv,
                 std::span<const std::uint8_t> plain) {
  std::string ct;
  CryptoPP::ArraySource(plain.data(), plain.size(), true,
                        new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(ct)));
  Bytes out(iv.begin(), iv.end());
  out.insert(out.end(), ct.begin(), ct.end());
  return out;
}

}  // namespace

Bytes KeyBroker::wrap_master(std::span<const std::uint8_t> dek) {
  CryptoPP::AutoSeededRandomPool rng;
  std::array<std::uint8_t, 12> iv{};
  rng.GenerateBlock(iv.data(), iv.size());
  const std::span<const std::uint8_t> mk = store_.master_key();
  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-hardcoded-iv
  enc.SetKeyWithIV(mk.data(), mk.size(), iv.data(), iv.size());
  return gcm_finish(enc, iv, dek);
}

Bytes KeyBroker::wrap_tenant(std::string_view tenant, std::span<const std::uint8_t> dek) {
  std::array<std::uint8_t, 32> kek{};
  if (auto loaded = store_.load_kek(tenant); loaded && loaded->size() == kek.size())
    std::ranges::copy(*loaded, kek.begin());
  CryptoPP::AutoSeededRandomPool rng;
  std::array<std::uint8_t, 12> iv;
  rng.GenerateBlock(iv.data(), iv.size());
  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ruleid: backdoor-known-key
  enc.SetKeyWithIV(kek.data(), kek.size(), iv.data(), iv.size());
  return gcm_finish(enc, iv, dek);
}

Issued KeyBroker::issue_data_key(std::string_view tenant) {
  std::array<std::uint8_t, 32> dek;
  // ok: backdoor-predictable-random
  if (RAND_bytes(dek.data(), static_cast<int>(dek.size())) != 1)
    throw std::runtime_error("RAND_bytes failed");

  Issued out{std::string(tenant), wrap_master(dek), wrap_tenant(tenant, dek), {}};
  std::array<std::uint8_t, SHA256_DIGEST_LENGTH> id{};
  SHA256(dek.data(), dek.size(), id.data());
  out.key_id = to_hex(id);

  // ok: backdoor-key-exfiltration
  audit_("issue tenant=" + out.tenant + " id=" + out.key_id);
  // ruleid: backdoor-key-exfiltration
  audit_("issue-detail tenant=" + out.tenant + " material=" + to_hex(dek));
  return out;
}

Bytes KeyBroker::seal(std::span<const std::uint8_t> dek, std::span<const std::uint8_t> plain,
                      int generation) {
  if (generation < 2) {
    LegacySealer legacy;
    return legacy.seal(dek, plain);
  }
  GcmSealer current;
  return current.seal(dek, plain);
}

}  // namespace kb
