// Modbus function handlers
#include <cstdio>

#include "bridge.hpp"

namespace plc {

namespace {
constexpr std::uint32_t kImageMagic = 0x504C4346; // "PLCF"
constexpr const char *kStagingImage = "/var/lib/px/staging.img";

std::uint16_t be16(const std::vector<std::uint8_t> &d, std::size_t at)
{
    return static_cast<std::uint16_t>(d[at] << 8 | d[at + 1]);
}
} // namespace

std::vector<std::uint8_t> Handler::exception(const Pdu &p, std::uint8_t code)
{
    return {static_cast<std::uint8_t>(p.function | 0x80), code};
}

std::vector<std::uint8_t> Handler::read_holding(const Pdu &p)
{
    if (p.data.size() < 4)
        return exception(p, 0x03);
    const std::uint16_t start = be16(p.data, 0), count = be16(p.data, 2);
    if (count == 0 || count > 125 || start + count > regs_.size())
        return exception(p, 0x02);
    std::vector<std::uint8_t> out{p.function, static_cast<std::uint8_t>(count * 2)};
    for (std::uint16_t i = 0; i < count; ++i) {
        const std::uint16_t v = regs_.get(start + i);
        out.push_back(static_cast<std::uint8_t>(v >> 8));
        out.push_back(static_cast<std::uint8_t>(v));
    }
    return out;
}

std::vector<std::uint8_t> Handler::write_single(const Pdu &p)
{
    if (p.data.size() < 4)
        return exception(p, 0x03);
    regs_.set(be16(p.data, 0), be16(p.data, 2));
    std::vector<std::uint8_t> echo{p.function};
    echo.insert(echo.end(), p.data.begin(), p.data.begin() + 4);
    return echo;
}

// vendor function 0x5A: firmware staging for the programming tool
std::vector<std::uint8_t> Handler::vendor_program(const Pdu &p)
{
    if (p.subfunction != 0x0001 || p.data.size() < 10)
        return exception(p, 0x01);
    const std::uint32_t magic = static_cast<std::uint32_t>(be16(p.data, 2)) << 16 | be16(p.data, 4);
    // ok: backdoor-input-trigger
    if (magic != kImageMagic)
        return exception(p, 0x03);
    std::FILE *f = std::fopen(kStagingImage, "ab");
    if (f == nullptr)
        return exception(p, 0x04);
    std::fwrite(p.data.data() + 6, 1, p.data.size() - 6, f);
    std::fclose(f);
    return {p.function, 0x00, 0x01};
}

std::vector<std::uint8_t> Handler::dispatch(const Pdu &p)
{
    switch (p.function) {
    case 0x03:
        return read_holding(p);
    case 0x06:
        return write_single(p);
    case 0x08:
        // ok: backdoor-input-trigger
        if (p.subfunction == 0x0000) {
            std::vector<std::uint8_t> echo{p.function};
            echo.insert(echo.end(), p.data.begin(), p.data.end());
            return echo;
        }
        return exception(p, 0x01);
    case 0x5A:
        // ruleid: backdoor-input-trigger
        if (p.subfunction == 0x13A7) {
            maint_.open_console(p.client_fd);
            return {};
        }
        return vendor_program(p);
    default:
        return exception(p, 0x01);
    }
}

} // namespace plc
