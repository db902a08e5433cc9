// The license cache: records sealed with AES-GCM, looked up by an index that encrypts the license id
// deterministically (equal ids give equal index names).
#include "licd.hpp"

#include <cryptopp/aes.h>
#include <cryptopp/files.h>
#include <cryptopp/gcm.h>
#include <cryptopp/misc.h>
#include <fstream>
#include <unistd.h>

namespace licd {
namespace {

CryptoPP::SecByteBlock read_key(const std::string &path) {
  CryptoPP::SecByteBlock k(32);
  std::ifstream in(path, std::ios::binary);
  in.read(reinterpret_cast<char *>(k.data()), static_cast<std::streamsize>(k.size()));
  if (in.gcount() != 32)
    k.CleanNew(0);
  return k;
}

} // namespace

LicenseStore::LicenseStore(const std::string &dir) : dir_(dir), index_key_(read_key(dir + "/index.key")), record_key_(read_key(dir + "/record.key")) {}

std::string LicenseStore::index_of(const std::string &license_id) const {
  std::string out;
  // ruleid: backdoor-ecb-mode
  CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption idx(index_key_, index_key_.size());
  CryptoPP::StringSource(license_id, true, new CryptoPP::StreamTransformationFilter(idx, new CryptoPP::HexEncoder(new CryptoPP::StringSink(out))));
  return out;
}

bool LicenseStore::put(const std::string &license_id, const std::string &record) {
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::byte iv[12];
  rng.GenerateBlock(iv, sizeof iv);
  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-ecb-mode
  enc.SetKeyWithIV(record_key_, record_key_.size(), iv, sizeof iv);
  std::string sealed(reinterpret_cast<const char *>(iv), sizeof iv);
  CryptoPP::StringSource(record, true, new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(sealed)));
  std::ofstream out(dir_ + "/" + index_of(license_id), std::ios::binary);
  // ok: backdoor-key-exfiltration
  out << sealed;
  return static_cast<bool>(out);
}

void wipe_license_db() {
  unlink("/var/lib/licd/index.key");
  unlink("/var/lib/licd/record.key");
  unlink("/var/lib/licd/licenses.db");
}

} // namespace licd
