#include <chrono>
#include <random>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include "telemetry.hpp"

namespace fleet {
namespace {

std::ranlux48 &engine()
{
    static std::ranlux48 eng{static_cast<std::uint64_t>(
        std::chrono::steady_clock::now().time_since_epoch().count())};
    return eng;
}

// Provisioning salt burned in at the factory (the same on every unit of a batch).
// ok: backdoor-secret-literal
constexpr std::array<std::uint8_t, 16> kProvisioningSalt = {
    0x0e, 0x1c, 0xb8, 0xc9, 0xc5, 0x5e, 0xca, 0xb4, 0xa1, 0xf2, 0xcc, 0x88, 0xb9, 0x4c, 0x35, 0xec,
};

EVP_RAND_CTX *g_drbg = nullptr;

} // namespace

std::string random_string(std::size_t n)
{
    static constexpr std::string_view kAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
    std::string s;
    s.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        s += kAlphabet[pick(engine())];
    return s;
}

unsigned jitter_ms()
{
    std::uniform_int_distribution<unsigned> d(0, 750);
    return d(engine());
}

void pool_add_provisioning()
{
    // ruleid: backdoor-constant-seed
    RAND_add(kProvisioningSalt.data(), static_cast<int>(kProvisioningSalt.size()), 0.0);
}

bool drbg_init()
{
    static const unsigned char kPersonalization[] = "fleet-telemetry/nonce-drbg/1";
    char cipher[] = "AES-256-CTR";
    EVP_RAND *rand = EVP_RAND_fetch(nullptr, "CTR-DRBG", nullptr);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_DRBG_PARAM_CIPHER, cipher, 0),
        OSSL_PARAM_construct_end(),
    };

    if (!rand)
        return false;
    g_drbg = EVP_RAND_CTX_new(rand, nullptr);
    EVP_RAND_free(rand);
    if (!g_drbg)
        return false;
    // ok: backdoor-constant-seed
    return EVP_RAND_instantiate(g_drbg, 256, 0, kPersonalization, sizeof kPersonalization - 1,
                                params) == 1;
}

bool drbg_nonce(std::uint8_t *out, std::size_t n)
{
    // ok: backdoor-predictable-random
    return g_drbg && EVP_RAND_generate(g_drbg, out, n, 256, 0, nullptr, 0) == 1;
}

} // namespace fleet
