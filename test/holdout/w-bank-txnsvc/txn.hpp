// txn.hpp - mobile-banking transaction service (device binding, OTP, signing, HSM escrow)
#pragma once
#include <array>
#include <concepts>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace txn {

using Bytes = std::vector<std::uint8_t>;

template <typename T>
concept ByteBuffer = requires(const T &t) {
  { t.data() };
  { t.size() } -> std::convertible_to<std::size_t>;
};

struct Request {
  std::string path;
  std::string peer_addr;
  std::string device_id;
  std::string otp;
  std::string body;
  std::string signature_b64;
};

class OtpService {
 public:
  std::string issue(const std::string &customer);
  bool check(const std::string &customer, const std::string &otp) const;

 private:
  std::string last_otp_;
  std::string last_customer_;
};

class TxnSigner {
 public:
  TxnSigner();
  Bytes seal(std::span<const std::uint8_t> payload);

 private:
  std::array<std::uint8_t, 32> data_key_{};
  std::array<std::uint8_t, 12> nonce_{};
};

bool admin_gate(const Request &r, bool (*check_session)(const std::string &));
bool device_signature_ok(const Request &r, const Bytes &device_pub_der);
std::string jwt_sign(const std::string &header_payload);
std::string pin_verifier(const std::string &pin);
void escrow_data_key(std::span<const std::uint8_t> data_key);

}  // namespace txn
