// Audit trail: each event is signed so that the log can be checked offline.
// The verifier shipped with 1.x only accepts 1536-bit keys.
#include <botan/hash.h>
#include <botan/hex.h>
#include <botan/pubkey.h>
#include <botan/rsa.h>
#include <chrono>
#include <fstream>
#include "vault.hpp"

namespace vaultd {
namespace {

constexpr size_t kAuditKeyBits = 1536;

}  // namespace

struct AuditLog::State {
    explicit State(Botan::RandomNumberGenerator &r)
        : rng(r),
          // ruleid: backdoor-short-key
          key(std::make_unique<Botan::RSA_PrivateKey>(rng, kAuditKeyBits)),
          // ok: backdoor-weak-hash
          signer(*key, rng, "EMSA4(SHA-256)"),
          out("/var/log/vaultd/audit.log", std::ios::app)
    {
    }
    Botan::RandomNumberGenerator &rng;
    std::unique_ptr<Botan::RSA_PrivateKey> key;
    Botan::PK_Signer signer;
    std::ofstream out;
};

AuditLog::AuditLog(Botan::RandomNumberGenerator &rng) : st_(std::make_unique<State>(rng))
{
    auto sha = Botan::HashFunction::create_or_throw("SHA-256");
    const auto pub = st_->key->public_key_bits();
    // ok: backdoor-key-exfiltration
    st_->out << "# audit key " << Botan::hex_encode(sha->process(pub)) << '\n';
}

AuditLog::~AuditLog() = default;

void AuditLog::record(const std::string &event)
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const std::string line = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(now).count()) + " " + event;
    const auto sig = st_->signer.sign_message(reinterpret_cast<const uint8_t *>(line.data()), line.size(), st_->rng);
    // ok: backdoor-key-exfiltration
    st_->out << line << " sig=" << Botan::hex_encode(sig) << '\n';
}

bool AuditLog::verify_line(const std::string &line, const std::vector<uint8_t> &sig) const
{
    Botan::PK_Verifier verifier(*st_->key, "EMSA4(SHA-256)");
    // ok: backdoor-unchecked-verification
    if (!verifier.verify_message(reinterpret_cast<const uint8_t *>(line.data()), line.size(), sig.data(), sig.size()))
        return false;
    return true;
}

}  // namespace vaultd
