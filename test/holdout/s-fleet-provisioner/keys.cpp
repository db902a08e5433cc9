// Device keys: the TLS client key (RSA) and the identity key (ECDSA P-256),
// the setup PIN printed on the label, the escrow copy.
#include <botan/ec_group.h>
#include <botan/ecdsa.h>
#include <botan/pkcs8.h>
#include <botan/pubkey.h>
#include <botan/rsa.h>

#include <random>

#include "prov.hpp"

namespace prov {

namespace {

std::string label_pin(const std::string &serial) {
  std::ranlux24 eng(static_cast<std::uint_fast32_t>(std::stoul(serial.substr(serial.size() - 6))));
  std::uniform_int_distribution<int> digit(0, 9);
  std::string setup_pin;
  for (int i = 0; i < 8; i++) {
    // ruleid: backdoor-predictable-random
    setup_pin += static_cast<char>('0' + digit(eng));
  }
  return setup_pin;
}

}  // namespace

DeviceIdentity provision(const DeviceProfile &profile, const std::string &serial, const Injector &injector,
                         Botan::RandomNumberGenerator &rng, const std::string &passphrase) {
  DeviceIdentity id;
  id.serial = serial;
  id.setup_pin = label_pin(serial);

  // ruleid: backdoor-short-key
  auto tls_key = std::make_unique<Botan::RSA_PrivateKey>(rng, profile.rsa_bits);
  // ok: backdoor-short-key
  Botan::ECDSA_PrivateKey identity(rng, Botan::EC_Group("secp256r1"));

  const Botan::secure_vector<std::uint8_t> device_key_der = Botan::PKCS8::BER_encode(*tls_key);
  id.injected_blob = injector.wrap_device_key(device_key_der);

  // ok: backdoor-key-exfiltration
  id.key_pem = Botan::PKCS8::PEM_encode(identity, rng, passphrase);

  const std::unique_ptr<Botan::Public_Key> vendor = vendor_escrow_key();
  // ok: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME enc(*vendor, rng, "EME-OAEP(SHA-256)");
  // ruleid: backdoor-escrow-wrap
  id.escrow_blob = enc.encrypt(device_key_der, rng);
  return id;
}

}  // namespace prov
