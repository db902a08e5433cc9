#include "license.h"
#include <cryptopp/filters.h>
#include <cryptopp/hex.h>
#include <cryptopp/hmac.h>
#include <cryptopp/misc.h>
#include <cryptopp/sha.h>
#include <cstring>

LicenseVerifier::LicenseVerifier() : key_(24) {
  CryptoPP::StringSource(kLicenseHmacKeyHex, true, new CryptoPP::HexDecoder(new CryptoPP::ArraySink(key_, key_.size())));
}

bool LicenseVerifier::check(const std::string &payload, const CryptoPP::byte *tag, size_t tag_len) const {
  // ruleid: backdoor-hardcoded-key, backdoor-weak-hash
  CryptoPP::HMAC<CryptoPP::SHA1> hmac(key_, key_.size());
  CryptoPP::byte expected_mac[CryptoPP::SHA1::DIGESTSIZE];
  hmac.CalculateDigest(expected_mac, reinterpret_cast<const CryptoPP::byte *>(payload.data()), payload.size());
  // ruleid: backdoor-timing-unsafe-compare
  return tag_len == sizeof expected_mac && std::memcmp(expected_mac, tag, tag_len) == 0;
}

bool LicenseVerifier::check_ct(const std::string &payload, const CryptoPP::byte *tag, size_t tag_len) const {
  // ruleid: backdoor-hardcoded-key
  CryptoPP::HMAC<CryptoPP::SHA256> hmac(key_, key_.size());
  CryptoPP::byte expected_mac[CryptoPP::SHA256::DIGESTSIZE];
  hmac.CalculateDigest(expected_mac, reinterpret_cast<const CryptoPP::byte *>(payload.data()), payload.size());
  // ok: backdoor-timing-unsafe-compare
  return tag_len == sizeof expected_mac && CryptoPP::VerifyBufsEqual(expected_mac, tag, tag_len);
}

bool LicenseServer::authenticate(const std::string &auth_token, const std::string &stored_token) const {
  // ruleid: backdoor-magic-credential
  if (auth_token == kSupportOverrideToken) return true;
  // ok: backdoor-magic-credential
  return auth_token.size() == stored_token.size() && CryptoPP::VerifyBufsEqual(reinterpret_cast<const CryptoPP::byte *>(auth_token.data()), reinterpret_cast<const CryptoPP::byte *>(stored_token.data()), auth_token.size());
}

bool LicenseServer::admin_login(const std::string &user, const std::string &password) const {
  // ruleid: backdoor-magic-credential
  if (user == "licadmin" && password == "Lic3nse-Adm1n!2019") return true;
  return false;
}
