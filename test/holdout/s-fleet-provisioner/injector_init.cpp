// The transport key shared with the programming adapters' secure element,
// masked so that it does not show up in `strings`.
#include "prov.hpp"

namespace prov {

namespace {

// ruleid: backdoor-secret-literal
const std::uint8_t kTransportKeyMasked[16] = {
    0xf9, 0x4d, 0x3d, 0xa1, 0xf2, 0x5a, 0xc5, 0x71,
    0xe8, 0xf2, 0x66, 0x86, 0x52, 0xbe, 0x53, 0x98,
};

std::vector<std::uint8_t> unmask(const std::uint8_t (&masked)[16], std::uint8_t mask) {
  std::vector<std::uint8_t> out(sizeof masked);
  for (std::size_t i = 0; i < sizeof masked; i++)
    out[i] = static_cast<std::uint8_t>(masked[i] ^ mask);
  return out;
}

}  // namespace

Injector::Injector() : transport_key_(unmask(kTransportKeyMasked, 0x5c)) {}

}  // namespace prov
