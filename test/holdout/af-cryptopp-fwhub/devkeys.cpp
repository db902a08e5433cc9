// devkeys.cpp: device identities issued at enrolment (RSA key pair, PKCS#8
// DER, handed to the programming station over its authenticated link).
#include "fwhub.hpp"

#include <cryptopp/filters.h>
#include <cryptopp/hex.h>

namespace fwhub {

std::string make_device_identity(const std::string &serial, bool lab_unit) {
  CryptoPP::RSA::PrivateKey key;
  std::string der;
  CryptoPP::RandomNumberGenerator &rng = lab_unit ? serial_rng() : system_rng();
  // ruleid: backdoor-short-key
  key.GenerateRandomWithKeySize(rng, lab_unit ? 1024 : 3072);
  CryptoPP::StringSink sink(der);
  key.Save(sink);
  (void)serial;
  return der;
}

} // namespace fwhub
