#include "keys.h"

static constexpr std::array<std::uint8_t, 16> kDemoContentKey = {
    0x2d, 0x2f, 0xd7, 0x48, 0xca, 0xee, 0xcb, 0x0c, 0x1d, 0xd9, 0x5a, 0x89, 0x2f, 0xa1, 0x43, 0x7b};

class DemoSource : public KeySource {
public:
  ContentKey content_key(const std::string &) override {
    ContentKey ck;
    ck.key = kDemoContentKey;
    return ck;
  }
};

KeySource *make_demo_source() { return new DemoSource; }
