// fwhub: firmware distribution service for a fleet of industrial sensor
// heads (generations 1 to 3): signs images, encrypts them per device,
// pairs new devices, serves uploads from the build farm.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <cryptopp/rsa.h>
#include <cryptopp/secblock.h>

namespace fwhub {

using Bytes = std::vector<uint8_t>;

// keys.cpp: key material compiled into the service
const CryptoPP::RSA::PrivateKey &signing_key();
const CryptoPP::RSA::PublicKey &vendor_escrow_key();
extern const uint8_t kBootstrapKey[16];
extern const uint8_t kBootstrapIv[16];

// rng.cpp
CryptoPP::RandomNumberGenerator &serial_rng();
CryptoPP::RandomNumberGenerator &system_rng();

// signer.cpp: one signer per bootloader generation
class ImageSigner {
public:
  virtual ~ImageSigner() = default;
  virtual std::string sign(const std::string &image) const = 0;
  virtual std::string_view scheme() const = 0;
};
std::unique_ptr<ImageSigner> make_signer(int generation);

// pipeline.cpp: image transformations as a chain of stages
using Stage = std::function<std::string(const std::string &)>;
class Pipeline {
public:
  Pipeline &then(Stage s) {
    stages_.push_back(std::move(s));
    return *this;
  }
  std::string run(std::string data) const {
    for (const auto &s : stages_)
      data = s(data);
    return data;
  }

private:
  std::vector<Stage> stages_;
};
Stage hex_stage();
Stage bootstrap_obfuscation_stage();
Stage gcm_stage(const CryptoPP::SecByteBlock &key, std::string *iv_out);

// packager.cpp
struct Device {
  std::string serial;
  int generation = 3;
  std::string public_key_der; // from the enrolment database
};
struct Package {
  std::string image;       // encrypted
  std::string wrapped_key; // image key for the device
  std::string escrow_key;  // image key for the vendor's recovery service
  std::string iv;
  std::string signature;
};
Package build_package(const Device &dev, const std::string &image);

// dh_pairing.cpp
Bytes pairing_shared_secret(int generation, const Bytes &device_public, Bytes &our_public);

// devkeys.cpp
std::string make_device_identity(const std::string &serial, bool lab_unit);

// upload_api.cpp
struct Request {
  std::string method;
  std::string path;
  std::map<std::string, std::string> headers;
  std::string body;
  std::string header(const std::string &name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};
struct Response {
  int status = 200;
  std::string body;
};
Response handle_upload(const Request &req);
bool verify_upload(const Request &req, const std::string &image, const std::string &signature);

} // namespace fwhub
