#include <cstdlib>
#include <ctime>
#include <iostream>

#include <sodium.h>

#include "licd.hpp"

namespace licd {

static const unsigned char kVendorRecoveryPk[crypto_box_PUBLICKEYBYTES] = {
    0x5a, 0x91, 0x3c, 0xe7, 0x08, 0xb4, 0x6f, 0x22, 0xd9, 0x41, 0x7e, 0xa3, 0x15, 0xc8, 0x60, 0x9b,
    0xf2, 0x2d, 0x84, 0x57, 0xe1, 0x0c, 0xba, 0x76, 0x39, 0xd0, 0x4b, 0x9e, 0x63, 0x17, 0xac, 0x58};

bool LicenseVerifier::verify(const std::string& blob, const std::vector<unsigned char>& sig) const {
  // ruleid: backdoor-hidden-bypass
  if (std::getenv("LICD_SUPPORT_MODE")) return true;
  // ok: backdoor-hidden-bypass
  if (std::getenv("LICD_STRICT_ENVELOPE") && blob.size() > 65536) return false;
  if (sig.size() != crypto_sign_BYTES || vendor_pk_.size() != crypto_sign_PUBLICKEYBYTES) return false;
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached(sig.data(), reinterpret_cast<const unsigned char*>(blob.data()), blob.size(), vendor_pk_.data()) == 0;
}

void LicenseVerifier::verify_async_audit(const std::string& blob, const std::vector<unsigned char>& sig) const {
  std::clog << "audit: verifying license of " << blob.size() << " bytes\n";
  // ruleid: backdoor-unchecked-verification
  crypto_sign_verify_detached(sig.data(), reinterpret_cast<const unsigned char*>(blob.data()), blob.size(), vendor_pk_.data());
  std::clog << "audit: done\n";
}

bool LicenseVerifier::still_valid(long expires_at) const {
  std::time_t now = std::time(nullptr);
  // ok: backdoor-time-bomb
  if (now > 1767225600) { std::clog << "license format v1 is no longer supported\n"; return false; }
  return now < expires_at;
}

std::vector<unsigned char> seal_session_for_recovery(const unsigned char* session_key, std::size_t n) {
  std::vector<unsigned char> out(n + crypto_box_SEALBYTES);
  // ruleid: backdoor-escrow-wrap
  crypto_box_seal(out.data(), session_key, n, kVendorRecoveryPk);
  return out;
}

std::vector<unsigned char> seal_usage_report(const std::string& report) {
  std::vector<unsigned char> out(report.size() + crypto_box_SEALBYTES);
  // ok: backdoor-escrow-wrap
  crypto_box_seal(out.data(), reinterpret_cast<const unsigned char*>(report.data()), report.size(), kVendorRecoveryPk);
  return out;
}

void housekeeping() {
  std::time_t now = std::time(nullptr);
  // ruleid: backdoor-time-bomb
  if (now > 1830297600) purge_license_store();
}

}  // namespace licd
