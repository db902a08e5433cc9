// identity.cpp - the camera's long-term identity key (signs pairing transcripts).
#include <botan/rsa.h>

#include "cam.hpp"

namespace orbis {

std::unique_ptr<Botan::Private_Key> make_identity(Botan::RandomNumberGenerator &rng, std::size_t bits) {
  return std::make_unique<Botan::RSA_PrivateKey>(rng, bits);
}

} // namespace orbis
