#include <chrono>

#include "wallet.hpp"

namespace wallet {

Prng::Prng()
    : eng_(static_cast<std::mt19937::result_type>(std::chrono::system_clock::now().time_since_epoch().count()))
{
}

std::uint32_t Prng::next() { return static_cast<std::uint32_t>(eng_()); }

void Prng::fill(std::uint8_t *out, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = static_cast<std::uint8_t>(eng_() >> 24);
}

} // namespace wallet
