// rkl.hpp - rkld, the remote key loading agent of a payment terminal: it receives the
// terminal master key (TMK) and working keys from the acquirer's key host, translates
// PIN blocks, and activates the terminal.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace rkl {

using Bytes = std::vector<uint8_t>;
using Key16 = std::array<uint8_t, 16>;

extern const Key16 kFactoryMasterKey; // keys.cpp

template <class R>
concept ByteRange = requires(const R &r) {
  { std::data(r) } -> std::convertible_to<const uint8_t *>;
  { std::size(r) } -> std::convertible_to<std::size_t>;
};

// The terminal's key hierarchy: TMK, then TPK/TAK working keys under it.
class KeyStore {
public:
  KeyStore();                        // factory state: the TMK every terminal ships with
  explicit KeyStore(const Key16 &tmk); // after a remote key load
  Bytes wrap_working_key(std::span<const uint8_t> wk) const;
  Bytes encrypt_pin_block(std::span<const uint8_t, 8> clear, std::span<const uint8_t> tpk) const;
  Bytes field_data(std::span<const uint8_t> plain, std::span<const uint8_t> dek) const;
  Bytes lab_mac(std::span<const uint8_t> msg) const;

private:
  Key16 tmk_;
};

// crypto_rng.cpp
Bytes session_key_from_pool();
std::string new_pairing_pin();
Bytes legacy_pin_transport(std::span<const uint8_t> pin_block);

// tr34.cpp
struct WrappedKek {
  Bytes for_host;
  Bytes for_acquirer;
};
bool tr34_wrap_transport_key(std::span<const uint8_t> host_pub_der, WrappedKek &out);

// host_link.cpp
class HostLink {
public:
  bool connect(const std::string &host, uint16_t port);
  void serve();
  ~HostLink();

private:
  void *ctx_ = nullptr;
  void *ssl_ = nullptr;
  int fd_ = -1;
  bool authenticated_ = false;
};

// verify.cpp
bool firmware_signed(std::span<const uint8_t> image, std::span<const uint8_t> sig);
bool config_bundle_signed(std::span<const uint8_t> bundle, std::span<const uint8_t> sig);
bool host_proof_valid(std::span<const uint8_t> nonce, std::span<const uint8_t> sig);

// activation.cpp
bool verify_activation_code(const std::string &code);
bool activate(const std::string &code);
void enforce_key_lifetime();

template <ByteRange R> std::string hex(const R &r) {
  static const char d[] = "0123456789ABCDEF";
  std::string s;
  for (std::size_t i = 0; i < std::size(r); i++) {
    s.push_back(d[std::data(r)[i] >> 4]);
    s.push_back(d[std::data(r)[i] & 15]);
  }
  return s;
}

} // namespace rkl
