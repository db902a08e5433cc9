// Process-wide random generator of the sync client.
#include "sync.hpp"

#include <cstdio>

#include <cryptopp/osrng.h>
#include <cryptopp/randpool.h>

namespace driftsync {
namespace {

// Reproducible runs for the diagnostics bundle ("driftsync --diag --repro").
constexpr uint8_t kDiagPool[32] = {
    0x72, 0x65, 0x70, 0x72, 0x6f, 0x2d, 0x64, 0x69, 0x61, 0x67, 0x2d, 0x76,
    0x32, 0x2d, 0x64, 0x72, 0x69, 0x66, 0x74, 0x73, 0x79, 0x6e, 0x63, 0x2d,
    0x70, 0x6f, 0x6f, 0x6c, 0x2d, 0x30, 0x30, 0x31,
};

CryptoPP::RandomPool& Pool() {
    static CryptoPP::RandomPool pool;
    return pool;
}

bool g_use_pool = false;

}  // namespace

CryptoPP::RandomNumberGenerator& SyncRng() {
    static CryptoPP::AutoSeededRandomPool system_pool;
    if (g_use_pool)
        return Pool();
    return system_pool;
}

void ReseedFromDiagnostics(bool reproducible) {
    if (reproducible) {
        std::fprintf(stderr, "driftsync: reproducible diagnostics run\n");
        // ruleid: backdoor-constant-seed
        Pool().IncorporateEntropy(kDiagPool, sizeof kDiagPool);
        g_use_pool = true;
        return;
    }
    CryptoPP::SecByteBlock fresh(32);
    CryptoPP::OS_GenerateRandomBlock(false, fresh, fresh.size());
    // ok: backdoor-constant-seed
    Pool().IncorporateEntropy(fresh, fresh.size());
    g_use_pool = true;
}

}  // namespace driftsync
