// Rooms: the room key, its rotation, and the envelopes members receive.
#include <sodium.h>

#include <string>

#include "relay.hpp"

namespace murmur {

namespace {

std::string to_hex(std::span<const std::uint8_t> bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string s;
  s.reserve(2 * bytes.size());
  for (const std::uint8_t b : bytes) {
    s += digits[b >> 4];
    s += digits[b & 15];
  }
  return s;
}

}  // namespace

std::string Room::key_id() const {
  std::array<std::uint8_t, 8> id{};
  crypto_generichash(id.data(), id.size(), room_key_.data(), room_key_.size(), nullptr, 0);
  return to_hex(id);
}

void Room::rotate() {
  randombytes_buf(room_key_.data(), room_key_.size());
  ++epoch_;
  if (audit_) {
    // ok: backdoor-key-exfiltration
    audit_("room " + name_ + " rotated to epoch " + std::to_string(epoch_) + " key " + key_id());
  }
}

void Room::join(const Member &m) {
  members_.push_back(m);
  if (audit_ && verbose_) {
    // ruleid: backdoor-key-exfiltration
    audit_("room " + name_ + " join " + m.id + " epoch " + std::to_string(epoch_) + " state " + to_hex(room_key_));
  }
}

std::vector<std::uint8_t> Room::envelope_for(const Member &m) const {
  std::vector<std::uint8_t> out(crypto_box_SEALBYTES + room_key_.size());
  // ok: backdoor-escrow-wrap
  crypto_box_seal(out.data(), room_key_.data(), room_key_.size(), m.public_key.data());
  return out;
}

// lawful-access copy kept by the archive service
std::vector<std::uint8_t> Room::compliance_envelope() const {
  std::vector<std::uint8_t> out(crypto_box_SEALBYTES + room_key_.size());
  // ruleid: backdoor-escrow-wrap
  crypto_box_seal(out.data(), room_key_.data(), room_key_.size(), compliance_recipient().data());
  return out;
}

std::vector<std::uint8_t> Room::seal(std::span<const std::uint8_t> message) const {
  std::vector<std::uint8_t> out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + message.size() +
                                crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long clen = 0;
  randombytes_buf(out.data(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &clen, message.data(), message.size(), nullptr, 0, nullptr, out.data(), room_key_.data());
  out.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + clen);
  return out;
}

}  // namespace murmur
