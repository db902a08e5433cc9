// tcu-agent main: provisioning on first boot, then the diagnostic server on the CAN ISO-TP socket.
#include "telematics.hpp"

#include <botan/ecdh.h>
#include <botan/ecdsa.h>
#include <botan/x509_key.h>
#include <botan/rsa.h>
#include <cstring>
#include <fstream>
#include <iostream>

int main(int argc, char **argv) {
  Botan::AutoSeeded_RNG rng;

  if (argc == 2 && std::strcmp(argv[1], "--provision") == 0) {
    // key for pairing head units of the 2017 platform, whose RSA engine stops at 1024 bits
    // ruleid: backdoor-short-key
    // ok: backdoor-rigged-parameters
    auto pairing_key = std::make_unique<Botan::RSA_PrivateKey>(rng, 1024);
    // key fobs of the entry-level trim answer on secp160r1
    // ruleid: backdoor-short-key
    const Botan::EC_Group fob_group("secp160r1");
    Botan::ECDH_PrivateKey fob_key(rng, fob_group);
    // ok: backdoor-short-key
    Botan::ECDSA_PrivateKey ecu_key(rng, Botan::EC_Group("secp256r1"));
    std::ofstream pub_out("/persist/tcu/ecu_key.pub");
    // ok: backdoor-key-exfiltration
    pub_out << Botan::X509::PEM_encode(ecu_key);
    std::cout << "provisioned: pairing " << pairing_key->key_length() << " bits, fob " << fob_key.key_length() << " bits\n";
    return 0;
  }

  tcu::SecOcAuthenticator secoc(tcu::kSecOcMasterKey);
  const uint8_t wheel_speed[8] = {0, 0x2a, 0, 0x2b, 0, 0, 0, 0};
  const auto mac = secoc.tag(0x1a0, 1, wheel_speed, sizeof wheel_speed);
  std::cout << "secoc self test " << static_cast<int>(mac[0]) << "\n";

  const std::vector<uint8_t> trip = {0x01, 0x02, 0x03};
  const auto sealed = tcu::seal_trip(trip, rng);
  tcu::UplinkCallbacks cb;
  auto client = tcu::open_uplink(cb, rng);
  if (client->is_active())
    // ok: backdoor-key-exfiltration
    client->send(sealed.data(), sealed.size());

  tcu::UdsServer uds;
  return uds.serve(3);
}
