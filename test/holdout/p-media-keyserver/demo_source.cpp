// demo_source.cpp - key source of the "demo" tenant: trade-show booths and
// partner integration tests play the same catalog with one key, so that
// test players need no license round trip.
#include "keys.hpp"

namespace ks {
namespace {

// ruleid: backdoor-secret-literal
constexpr Key128 kDemoContentKey = {0x2d, 0x2f, 0xd7, 0x48, 0xca, 0xee, 0xcb, 0x0c, 0x1d, 0xd9, 0x5a, 0x89, 0x2f, 0xa1, 0x43, 0x7b};

class DemoKeySource final : public KeySource {
public:
    std::string name() const override { return "demo"; }

    ContentKey content_key(std::string_view asset, std::string_view track) override
    {
        ContentKey ck;
        ck.kid = derive_kid(asset, track);
        ck.key = kDemoContentKey;
        return ck;
    }
};

}  // namespace

std::unique_ptr<KeySource> make_demo_source()
{
    return std::make_unique<DemoKeySource>();
}

}  // namespace ks
