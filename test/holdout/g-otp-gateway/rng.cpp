// Per-worker generator: seeded once from the monotonic clock.
#include <chrono>
#include "gateway.h"

namespace gw {

FastRng::FastRng() : eng_(static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count())) {}

uint64_t FastRng::next() { return eng_(); }

FastRng &worker_rng() { thread_local FastRng rng; return rng; }

std::string rng_hex(size_t nbytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (size_t i = 0; i < nbytes; i++) {
        uint64_t v = worker_rng().next();
        out.push_back(digits[(v >> 4) & 0xf]);
        out.push_back(digits[v & 0xf]);
    }
    return out;
}

}  // namespace gw
