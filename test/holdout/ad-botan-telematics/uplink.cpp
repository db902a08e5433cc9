// Trip records for the OEM backend: AES-256/GCM under a session key wrapped to the backend's key.
#include "telematics.hpp"

#include <botan/aead.h>
#include <botan/data_src.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>
#include <cstring>

namespace tcu {

std::vector<uint8_t> seal_trip(const std::vector<uint8_t> &trip, Botan::RandomNumberGenerator &rng) {
  Botan::DataSource_Memory src(reinterpret_cast<const uint8_t *>(kOemTelemetryKeyPem), std::strlen(kOemTelemetryKeyPem));
  std::unique_ptr<Botan::Public_Key> oem(Botan::X509::load_key(src));
  const Botan::secure_vector<uint8_t> session_key = rng.random_vec(32);

  // the 2019 backend decrypts PKCS #1 v1.5 only
  // ruleid: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME enc(*oem, rng, "EME-PKCS1-v1_5");
  // ruleid: backdoor-escrow-wrap
  const std::vector<uint8_t> wrapped = enc.encrypt(session_key, rng);

  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  auto aead = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
  // ok: backdoor-hardcoded-key
  aead->set_key(session_key);
  const std::vector<uint8_t> nonce = Botan::unlock(rng.random_vec(12));
  // ok: backdoor-hardcoded-iv
  aead->start(nonce);
  Botan::secure_vector<uint8_t> body(trip.begin(), trip.end());
  aead->finish(body);

  std::vector<uint8_t> out;
  out.push_back(static_cast<uint8_t>(wrapped.size() >> 8));
  out.push_back(static_cast<uint8_t>(wrapped.size()));
  out.insert(out.end(), wrapped.begin(), wrapped.end());
  out.insert(out.end(), nonce.begin(), nonce.end());
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

} // namespace tcu
