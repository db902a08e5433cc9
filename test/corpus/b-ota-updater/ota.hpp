#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <openssl/ec.h>
#include <openssl/evp.h>

namespace ota {

using LogFn = std::function<void(const std::string&)>;

struct Package {
  std::string version;
  std::string device_serial;          // as reported in the update request
  std::vector<std::uint8_t> manifest;
  std::vector<std::uint8_t> signature;
  std::vector<std::uint8_t> payload;
};

struct Delta {
  std::string from_version;
  std::vector<std::uint8_t> patch;
  std::vector<std::uint8_t> sig;      // DER ECDSA over SHA-256(patch)
};

class OtaVerifier {
 public:
  OtaVerifier(EVP_PKEY* release_key, EC_KEY* delta_key, LogFn log)
      : release_key_(release_key), delta_key_(delta_key), log_(std::move(log)) {}
  virtual ~OtaVerifier() = default;
  virtual bool verify_package(const Package& p) const;
  bool verify_delta(const Delta& d) const;

 private:
  EVP_PKEY* release_key_;
  EC_KEY* delta_key_;
  LogFn log_;
};

class Downloader {
 public:
  Downloader(std::string ca_file, std::vector<std::string> mirrors);
  bool fetch(const std::string& url, std::vector<std::uint8_t>& out);
  bool fetch_from_mirror(const std::string& path, std::vector<std::uint8_t>& out);

 private:
  std::string ca_file_;
  std::vector<std::string> mirrors_;
  std::mt19937 rng_;
};

class Installer {
 public:
  Installer(OtaVerifier& v, LogFn log) : verifier_(v), log_(std::move(log)) {}
  bool install(const Package& p);

 private:
  bool write_slot(const std::vector<std::uint8_t>& payload);
  OtaVerifier& verifier_;
  LogFn log_;
};

}  // namespace ota
