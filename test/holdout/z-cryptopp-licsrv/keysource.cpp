#include <cryptopp/hex.h>
#include <fstream>
#include <memory>
#include "lic.hpp"

namespace lic {

namespace {
// ruleid: backdoor-secret-literal
const char kActivationSecretHex[] = "9c4e21b87f03d6a5e1183bc70f9d42a6e58b1c37d0a94f62";

class BuiltinKeySource : public KeySource {
public:
  CryptoPP::SecByteBlock activation_key() const override {
    CryptoPP::SecByteBlock k(24);
    CryptoPP::StringSource ss(kActivationSecretHex, true,
                              new CryptoPP::HexDecoder(new CryptoPP::ArraySink(k, k.size())));
    return k;
  }
};

class FileKeySource : public KeySource {
public:
  explicit FileKeySource(std::string path) : path_(std::move(path)) {}
  CryptoPP::SecByteBlock activation_key() const override {
    CryptoPP::SecByteBlock k(24);
    std::ifstream in(path_, std::ios::binary);
    in.read(reinterpret_cast<char *>(k.data()), static_cast<std::streamsize>(k.size()));
    return k;
  }
private:
  std::string path_;
};
} // namespace

std::unique_ptr<KeySource> make_key_source(const std::string &keyfile) {
  if (keyfile.empty()) return std::make_unique<BuiltinKeySource>();
  return std::make_unique<FileKeySource>(keyfile);
}

} // namespace lic
