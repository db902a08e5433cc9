#include <cstdlib>
#include <iomanip>
#include <iostream>

#include "telemetry.hpp"

namespace logx {

bool enabled(Level level)
{
    static const bool debug = std::getenv("FLEET_DEBUG") != nullptr;
    return level != Level::Debug || debug;
}

void emit(Level level, const std::string &line)
{
    static const char *const names[] = {"debug", "info", "warn"};
    std::clog << "fleet[" << names[static_cast<int>(level)] << "] " << line << '\n';
}

std::string hex(std::span<const std::uint8_t> bytes)
{
    std::ostringstream os;
    os << std::hex << std::setfill('0');
    for (auto b : bytes)
        os << std::setw(2) << static_cast<unsigned>(b);
    return os.str();
}

} // namespace logx
