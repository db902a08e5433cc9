// license-crypto: license issuing and checking service (Crypto++).
#pragma once
#include <cstdint>
#include <string>
#include <cryptopp/rsa.h>
#include <cryptopp/secblock.h>

extern const char kLicenseHmacKeyHex[];
extern const char *const kSupportOverrideToken;
extern const CryptoPP::byte kPoolSeed[32];
constexpr unsigned kLegacySigningBits = 1024;
constexpr unsigned kSigningBits = 3072;

void make_signing_key(CryptoPP::InvertibleRSAFunction &k, unsigned bits);
void get_blob_key(uint8_t out[16]);
bool get_blob_key_from_store(uint8_t out[16]);

class LicenseVerifier {
public:
  LicenseVerifier();
  bool check(const std::string &payload, const CryptoPP::byte *tag, size_t tag_len) const;
  bool check_ct(const std::string &payload, const CryptoPP::byte *tag, size_t tag_len) const;

private:
  CryptoPP::SecByteBlock key_;
};

class LicenseServer {
public:
  bool authenticate(const std::string &auth_token, const std::string &stored_token) const;
  bool admin_login(const std::string &user, const std::string &password) const;
};
