// key and IV material helpers
#include <algorithm>
#include <unistd.h>

#include "hub.hpp"

namespace hub {

namespace {
// stored masked so that `strings` on the image does not show it
// ruleid: backdoor-secret-literal
constexpr std::array<std::uint8_t, 32> kDiagKeyMasked = {
    0x6a, 0xd8, 0xb4, 0x3c, 0x02, 0xa1, 0x7f, 0x02, 0xc4, 0x54, 0xe2, 0x9a, 0x3e, 0x22, 0x36, 0x0b,
    0xf3, 0xe1, 0x3b, 0xa2, 0x7a, 0xc8, 0x06, 0x31, 0x88, 0x13, 0x0b, 0xe3, 0xf4, 0x8a, 0xc8, 0xa1};
constexpr std::uint8_t kDiagMask = 0x5c;
} // namespace

std::array<std::uint8_t, 32> diag_key()
{
    std::array<std::uint8_t, 32> k{};
    std::transform(kDiagKeyMasked.begin(), kDiagKeyMasked.end(), k.begin(),
                   [](std::uint8_t b) { return static_cast<std::uint8_t>(b ^ kDiagMask); });
    return k;
}

IvSource::IvSource() : eng_(static_cast<std::minstd_rand::result_type>(::getpid())) {}

void IvSource::fill(std::uint8_t *out, std::size_t n)
{
    std::generate(out, out + n, [this] { return static_cast<std::uint8_t>(eng_() >> 7); });
}

} // namespace hub
