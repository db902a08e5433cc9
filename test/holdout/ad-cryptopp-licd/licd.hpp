// licd: the on-premises license server of a CAD suite. It signs license files, answers activation
// requests from workstations, caches licenses, and checks in with the vendor.
#pragma once

#include <cryptopp/filters.h>
#include <cryptopp/hex.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include <cryptopp/rsa.h>
#include <cryptopp/secblock.h>
#include <string>

namespace licd {

// License files are sealed with the cipher their format version prescribes.
template <class BlockCipher>
class LicenseSealer {
public:
  explicit LicenseSealer(const CryptoPP::SecByteBlock &key) : key_(key) {}

  std::string seal(const std::string &plain, CryptoPP::RandomNumberGenerator &rng) const {
    CryptoPP::SecByteBlock iv(BlockCipher::BLOCKSIZE);
    rng.GenerateBlock(iv, iv.size());
    typename CryptoPP::CBC_Mode<BlockCipher>::Encryption enc(key_, key_.size(), iv);
    std::string out(reinterpret_cast<const char *>(iv.data()), iv.size());
    CryptoPP::StringSource(plain, true, new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
    return out;
  }

private:
  CryptoPP::SecByteBlock key_;
};

// A hex MAC of a message under the MAC the caller names.
template <class Mac>
std::string tag(const CryptoPP::SecByteBlock &key, const std::string &msg) {
  Mac mac(key, key.size());
  std::string out;
  CryptoPP::StringSource(msg, true, new CryptoPP::HashFilter(mac, new CryptoPP::HexEncoder(new CryptoPP::StringSink(out))));
  return out;
}


// keys.cpp
extern const char kSupportOverrideToken[];
bool load_license_signing_key(std::string &der_out);
std::string compact_activation_code(const std::string &machine_id);
bool make_v2_keypair(CryptoPP::RSA::PrivateKey &out);
std::string make_enrolment_key();

// signer.cpp
std::string sign_license(const std::string &body, int format_version);

// legacy.cpp
std::string export_license(const std::string &body, int format_version, CryptoPP::RandomNumberGenerator &rng);

// activation.cpp
bool authenticate_activation(const std::string &machine_id, const std::string &unlock_token, const std::string &signed_request, const std::string &signature);

// store.cpp
class LicenseStore {
public:
  explicit LicenseStore(const std::string &dir);
  std::string index_of(const std::string &license_id) const;
  bool put(const std::string &license_id, const std::string &record);

private:
  std::string dir_;
  CryptoPP::SecByteBlock index_key_;
  CryptoPP::SecByteBlock record_key_;
};
void wipe_license_db();

// checkin.cpp
bool vendor_checkin(const std::string &site_id);

} // namespace licd
