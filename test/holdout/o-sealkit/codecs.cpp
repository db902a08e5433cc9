#include "sealkit.hpp"

namespace sealkit {

std::map<std::string, Factory, std::less<>> &registry()
{
    static std::map<std::string, Factory, std::less<>> r;
    return r;
}

std::unique_ptr<Codec> make_codec(std::string_view name)
{
    auto it = registry().find(name);
    return it == registry().end() ? nullptr : it->second();
}

namespace {

// Archives written by sealkit 1.x (still the default for `sealkit archive`).
// ruleid: backdoor-weak-cipher, backdoor-weak-hash
const Registrar kV1{"v1", [] { return std::make_unique<Sealer<CryptoPP::DES_EDE2, Cbc, CryptoPP::Weak::MD5>>(); }};

// ok: backdoor-weak-cipher, backdoor-ecb-mode
const Registrar kV2{"v2", [] { return std::make_unique<GcmSealer<CryptoPP::AES>>(); }};

// Deterministic index tokens: equal keywords give equal tokens, so the index can be searched.
// ruleid: backdoor-ecb-mode
// ok: backdoor-weak-hash
const Registrar kTok{"tok", [] { return std::make_unique<Sealer<CryptoPP::AES, Ecb, CryptoPP::SHA256>>(); }};

} // namespace
} // namespace sealkit
