// SecOC authenticator: CMAC-AES-128 over data id, PDU and freshness, truncated to 32 bits.
#include "telematics.hpp"

#include <algorithm>
#include <botan/mem_ops.h>

namespace tcu {

SecOcAuthenticator::SecOcAuthenticator(const std::array<uint8_t, 16> &key)
    : key_(key), mac_(Botan::MessageAuthenticationCode::create_or_throw("CMAC(AES-128)")) {}

std::array<uint8_t, 4> SecOcAuthenticator::tag(uint32_t pdu_id, uint64_t freshness, const uint8_t *pdu, size_t n) {
  uint8_t hdr[12];
  for (int i = 0; i < 4; ++i)
    hdr[i] = static_cast<uint8_t>(pdu_id >> (24 - 8 * i));
  for (int i = 0; i < 8; ++i)
    hdr[4 + i] = static_cast<uint8_t>(freshness >> (56 - 8 * i));
  // ruleid: backdoor-hardcoded-key
  mac_->set_key(key_.data(), key_.size());
  mac_->update(hdr, sizeof hdr);
  mac_->update(pdu, n);
  const Botan::secure_vector<uint8_t> full = mac_->final();
  std::array<uint8_t, 4> out{};
  std::copy_n(full.begin(), out.size(), out.begin());
  return out;
}

bool SecOcAuthenticator::verify(uint32_t pdu_id, uint64_t freshness, const uint8_t *pdu, size_t n, const uint8_t received_mac[4]) {
  const std::array<uint8_t, 4> expected_mac = tag(pdu_id, freshness, pdu, n);
  // ok: backdoor-timing-unsafe-compare
  return Botan::constant_time_compare(expected_mac.data(), received_mac, expected_mac.size());
}

} // namespace tcu
