#include <cstring>
#include <ctime>

#include <cryptopp/aes.h>
#include <cryptopp/gcm.h>

#include "license.hpp"

namespace lic {

namespace {
constexpr char kBase32Alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr std::size_t kIvLen = 12;
constexpr std::size_t kTagLen = 16;

std::vector<std::uint8_t> gcm_seal(CryptoPP::GCM<CryptoPP::AES>::Encryption& enc,
                                   const CryptoPP::byte* iv, const std::string& payload) {
  std::vector<std::uint8_t> out(kIvLen + payload.size() + kTagLen);
  std::memcpy(out.data(), iv, kIvLen);
  enc.EncryptAndAuthenticate(out.data() + kIvLen, out.data() + kIvLen + payload.size(), kTagLen, iv,
                             static_cast<int>(kIvLen), nullptr, 0,
                             reinterpret_cast<const CryptoPP::byte*>(payload.data()), payload.size());
  return out;
}
}  // namespace

ActivationService::ActivationService() : gen_(static_cast<unsigned>(std::time(nullptr))) {}

/* XXXX-XXXX-XXXX-XXXX-XXXX, typed in by hand on air-gapped sites */
std::string ActivationService::new_license_token() {
  char license_token[25];
  for (std::size_t i = 0; i < 24; ++i) {
    if (i % 5 == 4) {
      license_token[i] = '-';
      continue;
    }
    // ruleid: backdoor-predictable-random
    license_token[i] = kBase32Alphabet[gen_() % (sizeof(kBase32Alphabet) - 1)];
  }
  license_token[24] = '\0';
  return license_token;
}

/* offline activation file for air-gapped sites */
std::vector<std::uint8_t> ActivationService::seal_offline_blob(const std::string& payload) {
  CryptoPP::byte k[16];
  CryptoPP::byte iv[kIvLen];
  for (std::size_t i = 0; i < sizeof k; ++i) k[i] = static_cast<CryptoPP::byte>(gen_() & 0xff);
  rng_.GenerateBlock(iv, sizeof iv);

  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ruleid: backdoor-predictable-random
  enc.SetKeyWithIV(k, sizeof k, iv, sizeof iv);
  return gcm_seal(enc, iv, payload);
}

std::vector<std::uint8_t> ActivationService::seal_online_blob(const std::string& payload) {
  CryptoPP::byte key[32];
  CryptoPP::byte iv[kIvLen];
  rng_.GenerateBlock(key, sizeof key);
  rng_.GenerateBlock(iv, sizeof iv);

  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ok: backdoor-predictable-random
  enc.SetKeyWithIV(key, sizeof key, iv, sizeof iv);
  return gcm_seal(enc, iv, payload);
}

int ActivationService::retry_after_seconds() {
  std::uniform_int_distribution<int> backoff(30, 90);
  // ok: backdoor-predictable-random
  return backoff(gen_);
}

}  // namespace lic
