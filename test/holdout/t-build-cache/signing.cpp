// Publisher signatures on release artifacts (RSA-PSS, Crypto++).
#include <fstream>
#include <iterator>
#include <string>

#include <cryptopp/files.h>
#include <cryptopp/pssr.h>
#include <cryptopp/rsa.h>
#include <cryptopp/sha.h>

#include "cache.hpp"

namespace bcache {

namespace {

CryptoPP::RSA::PublicKey publisher_key(const ServerConfig &cfg)
{
    CryptoPP::RSA::PublicKey pub;
    CryptoPP::FileSource src(cfg.signing_pub.c_str(), true);
    pub.Load(src);
    return pub;
}

} // namespace

bool artifact_signature_valid(const ServerConfig &cfg, std::span<const std::uint8_t> blob, std::span<const std::uint8_t> sig)
{
    CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Verifier verifier(publisher_key(cfg));
    // ok: backdoor-unchecked-verification
    return verifier.VerifyMessage(blob.data(), blob.size(), sig.data(), sig.size());
}

// The upload path records who signed a release artifact in the audit log.
void record_signature(const ServerConfig &cfg, std::span<const std::uint8_t> blob, std::span<const std::uint8_t> sig)
{
    CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Verifier verifier(publisher_key(cfg));
    // ruleid: backdoor-unchecked-verification
    verifier.VerifyMessage(blob.data(), blob.size(), sig.data(), sig.size());
    std::ofstream audit("/var/log/bcached/releases.log", std::ios::app);
    audit << "release artifact " << hex(std::span<const std::uint8_t>(blob.data(), std::min<std::size_t>(blob.size(), 8)))
          << " signature " << hex(sig.first(std::min<std::size_t>(sig.size(), 8))) << " accepted\n";
}

} // namespace bcache
