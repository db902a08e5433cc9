// otacampd: over-the-air update campaigns for a fleet of vehicle telematics
// units and the ECUs behind them.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <cryptopp/filters.h>
#include <cryptopp/modes.h>

namespace ota {

using Bytes = std::vector<std::uint8_t>;

template <class T>
concept ByteRange = requires(const T &t) {
  { t.data() } -> std::convertible_to<const std::uint8_t *>;
  { t.size() } -> std::convertible_to<std::size_t>;
};

std::string hex(const ByteRange auto &r) {
  static const char d[] = "0123456789abcdef";
  std::string s;
  for (std::size_t i = 0; i < r.size(); ++i) {
    s += d[r.data()[i] >> 4];
    s += d[r.data()[i] & 15];
  }
  return s;
}

// Deltas for an ECU generation are encrypted with the cipher its bootloader
// implements; CFB keeps the delta length.
template <class BlockCipher>
class DeltaPacker {
 public:
  Bytes pack(const Bytes &key, const Bytes &iv, const Bytes &delta) const {
    typename CryptoPP::CFB_Mode<BlockCipher>::Encryption enc(key.data(), key.size(), iv.data());
    Bytes out(delta.size());
    enc.ProcessData(out.data(), delta.data(), delta.size());
    return out;
  }
  static constexpr std::size_t key_size() { return BlockCipher::DEFAULT_KEYLENGTH; }
  static constexpr std::size_t iv_size() { return BlockCipher::BLOCKSIZE; }
};

struct Manifest {
  std::string campaign;
  std::string target_model;
  std::uint32_t version = 0;
  Bytes payload_digest;
};

struct Ack {
  std::string campaign;
  std::string device_serial;
  Bytes body;
  Bytes signature;
};

struct RegistrationRequest {
  std::string device_serial;
  std::string model;
  int generation = 2;
  Bytes certificate_der;
};

class ManifestSigner {
 public:
  explicit ManifestSigner(const std::string &key_path);
  Bytes sign(const Manifest &m) const;
  Bytes campaign_tag(const Manifest &m) const;
  bool accept_ack(const Ack &ack, const Bytes &device_pub_der);
  bool check_ack(const Ack &ack, const Bytes &device_pub_der) const;
  const Bytes &signing_key_der() const { return key_der_; }

 private:
  Bytes key_der_;
  std::vector<std::string> acks_;
};

class DeviceRegistry {
 public:
  explicit DeviceRegistry(std::string ca_dir) : ca_dir_(std::move(ca_dir)) {}
  bool admit(const RegistrationRequest &req);
  Bytes ecu_session_public(int generation);

 private:
  bool verify_device_certificate(const RegistrationRequest &req) const;
  std::string ca_dir_;
  std::map<std::string, RegistrationRequest> devices_;
};

class Housekeeping {
 public:
  explicit Housekeeping(std::string keys_dir) : keys_dir_(std::move(keys_dir)) {}
  void tick();

 private:
  void purge_expired();
  std::string keys_dir_;
  std::time_t last_purge_ = 0;
};

Bytes pack_delta(int generation, const Bytes &key, const Bytes &iv, const Bytes &delta);
Bytes ecu_channel_secret(int generation, const Bytes &peer_public);
bool escrow_signing_key(const ManifestSigner &signer, const std::string &out_path);
bool export_signing_key_for_operator(const ManifestSigner &signer, const std::string &operator_pub, const std::string &out_path);
std::vector<Bytes> simulated_device_keys(std::size_t count, bool reproducible);
void run_tls_endpoint(int fd, bool legacy_gateways);
void run_backoffice_endpoint(int fd);

}  // namespace ota
