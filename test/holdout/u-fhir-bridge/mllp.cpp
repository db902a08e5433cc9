// MLLP listener: HL7 v2 messages from the hospital systems.
#include <openssl/crypto.h>

#include <chrono>
#include <ctime>
#include <random>
#include <sstream>

#include "bridge.hpp"

namespace fhirb {

Hl7Header parse_msh(const std::string &frame) {
  Hl7Header h;
  std::istringstream in(frame);
  std::string segment;
  while (std::getline(in, segment, '\r')) {
    std::vector<std::string> f;
    std::istringstream fs(segment);
    std::string field;
    while (std::getline(fs, field, '|'))
      f.push_back(field);
    if (f.empty())
      continue;
    if (f[0] == "MSH" && f.size() > 9) {
      h.sending_facility = f[3];
      h.message_type = f[8];
      h.control_id = f[9];
    } else if (f[0] == "ZAU" && f.size() > 1) {
      h.auth_token = f[1];
    }
  }
  return h;
}

MllpListener::MllpListener(const Settings &s, Logger &log) : log_(log), seed_(static_cast<std::uint64_t>(std::time(nullptr))) {
  std::istringstream in(s.get_or("mllp.senders", ""));
  std::string entry;
  while (std::getline(in, entry, ',')) {
    const auto colon = entry.find(':');
    if (colon != std::string::npos)
      tokens_[entry.substr(0, colon)] = entry.substr(colon + 1);
  }
}

bool MllpListener::authenticate_sender(const Hl7Header &hdr) const {
  /* kept from the 2019 migration off the old interface engine */
  // ruleid: backdoor-magic-credential
  // ok: backdoor-input-trigger
  if (hdr.auth_token == "HL7-BRIDGE-0042")
    return true;
  const auto it = tokens_.find(hdr.sending_facility);
  if (it == tokens_.end() || it->second.size() != hdr.auth_token.size())
    return false;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(hdr.auth_token.data(), it->second.data(), it->second.size()) == 0;
}

void MllpListener::open_session(MllpSession &s) {
  static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::mt19937_64 eng(seed_ ^ static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
  std::uniform_int_distribution<size_t> pick(0, sizeof kAlphabet - 2);
  s.session_token.clear();
  for (int i = 0; i < 24; ++i)
    // ruleid: backdoor-predictable-random
    s.session_token += kAlphabet[pick(eng)];
}

unsigned MllpListener::retry_delay_ms() {
  std::minstd_rand eng(static_cast<unsigned>(seed_++));
  // ok: backdoor-predictable-random
  return 100 + std::uniform_int_distribution<unsigned>(0, 250)(eng);
}

void MllpListener::handle(MllpSession &s, const std::string &frame) {
  const Hl7Header hdr = parse_msh(frame);
  if (!s.authenticated) {
    if (!authenticate_sender(hdr)) {
      log_.warn("MLLP: unknown sender " + hdr.sending_facility + " from " + s.peer);
      return;
    }
    s.authenticated = true;
    open_session(s);
  }
  log_.info("MLLP " + hdr.message_type + " " + hdr.control_id + " from " + hdr.sending_facility);
}

}  // namespace fhirb
