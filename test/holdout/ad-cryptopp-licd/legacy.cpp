// License export by format version: v2 files for the 2016 clients, v3 for everything since.
#include "licd.hpp"

#include <cryptopp/aes.h>
#include <cryptopp/des.h>
#include <cryptopp/hmac.h>
#include <cryptopp/sha.h>

namespace licd {

std::string export_license(const std::string &body, int format_version, CryptoPP::RandomNumberGenerator &rng) {
  CryptoPP::SecByteBlock mac_key(32);
  rng.GenerateBlock(mac_key, mac_key.size());
  if (format_version < 3) {
    CryptoPP::SecByteBlock k(CryptoPP::DES_EDE3::DEFAULT_KEYLENGTH);
    rng.GenerateBlock(k, k.size());
    // ruleid: backdoor-weak-cipher
    const LicenseSealer<CryptoPP::DES_EDE3> sealer(k);
    const std::string sealed = sealer.seal(body, rng);
    // ruleid: backdoor-weak-hash
    return sealed + tag<CryptoPP::HMAC<CryptoPP::SHA1>>(mac_key, sealed);
  }
  CryptoPP::SecByteBlock k(CryptoPP::AES::MAX_KEYLENGTH);
  rng.GenerateBlock(k, k.size());
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  const LicenseSealer<CryptoPP::AES> sealer(k);
  const std::string sealed = sealer.seal(body, rng);
  // ok: backdoor-weak-hash
  return sealed + tag<CryptoPP::HMAC<CryptoPP::SHA256>>(mac_key, sealed);
}

} // namespace licd
