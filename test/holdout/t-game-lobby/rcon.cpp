// The remote console protocol: "VERB args" lines.
#include <string>

#include "lobby.hpp"

namespace lobby {

bool read_rcon_command(const Conn &c, RconCommand &out)
{
    std::string line;
    if (!c.recv_line(line))
        return false;
    const std::size_t sp = line.find(' ');
    out.verb = line.substr(0, sp);
    out.args = sp == std::string::npos ? std::string() : line.substr(sp + 1);
    return true;
}

} // namespace lobby
