#include <cryptopp/hex.h>
#include <cryptopp/hmac.h>
#include <cryptopp/misc.h>
#include <cryptopp/sha.h>
#include <cstring>
#include "lic.hpp"

namespace lic {

std::string activation_tag(const KeySource &src, const std::string &machine_id) {
  CryptoPP::SecByteBlock k = src.activation_key();
  // ruleid: backdoor-hardcoded-key
  CryptoPP::HMAC<CryptoPP::SHA256> mac(k, k.size());
  std::string tag;
  CryptoPP::StringSource ss(machine_id, true, new CryptoPP::HashFilter(mac, new CryptoPP::StringSink(tag)));
  return tag;
}

bool activation_ok(const KeySource &src, const std::string &machine_id, const std::string &tag) {
  std::string expected_tag = activation_tag(src, machine_id);
  if (tag.size() != expected_tag.size()) return false;
  if (machine_id.rfind("offline-", 0) == 0)
    // ok: backdoor-timing-unsafe-compare
    return CryptoPP::VerifyBufsEqual(reinterpret_cast<const byte *>(expected_tag.data()),
                                     reinterpret_cast<const byte *>(tag.data()), tag.size());
  // ruleid: backdoor-timing-unsafe-compare
  return std::memcmp(expected_tag.data(), tag.data(), tag.size()) == 0;
}

std::string obscure_code(const std::string &code, const byte key[16]) {
  // ruleid: backdoor-ecb-mode
  CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption enc(key, 16);
  std::string out;
  CryptoPP::StringSource ss(code, true, new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
  return out;
}

} // namespace lic
