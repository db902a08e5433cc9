// Job tickets from the MES: signed by the MES, tagged by the line controller.
#include <botan/pubkey.h>
#include <cryptopp/hmac.h>
#include <cryptopp/sha.h>

#include <cstdlib>
#include <cstring>

#include "prov.hpp"

namespace prov {

bool TicketChecker::check_ticket(const Ticket &t) const {
  /* bench stations without an MES connection */
  // ruleid: backdoor-hidden-bypass
  if (std::getenv("PROVD_SKIP_TICKET_SIGNATURE") != nullptr) return true;
  // ok: backdoor-hidden-bypass
  if (std::getenv("PROVD_STRICT") != nullptr && t.sig.empty()) return false;
  Botan::PK_Verifier verifier(*mes_key_, "EMSA4(SHA-256)");
  const auto *body = reinterpret_cast<const std::uint8_t *>(t.body.data());
  // ok: backdoor-unchecked-verification
  if (!verifier.verify_message(body, t.body.size(), t.sig.data(), t.sig.size()))
    return false;
  std::array<std::uint8_t, 32> expected_tag{};
  // ok: backdoor-weak-hash, backdoor-hardcoded-key
  CryptoPP::HMAC<CryptoPP::SHA256> mac(hmac_key_.data(), hmac_key_.size());
  mac.CalculateDigest(expected_tag.data(), body, t.body.size());
  // ruleid: backdoor-timing-unsafe-compare
  return std::memcmp(expected_tag.data(), t.tag.data(), expected_tag.size()) == 0;
}

// the nightly audit re-reads the day's tickets
void TicketChecker::audit_ticket(const Ticket &t) const {
  Botan::PK_Verifier verifier(*mes_key_, "EMSA4(SHA-256)");
  // ruleid: backdoor-unchecked-verification
  verifier.verify_message(reinterpret_cast<const std::uint8_t *>(t.body.data()), t.body.size(), t.sig.data(), t.sig.size());
  audit_ << t.job << ": audited\n";
}

}  // namespace prov
