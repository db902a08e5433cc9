// Operations the remote console can ask of the host.
#include <cstdio>
#include <string>

#include "lobby.hpp"

namespace lobby {

int ServerOps::run_script(const std::string &script)
{
    FILE *p = popen(script.c_str(), "r");
    if (p == nullptr)
        return -1;
    char buf[256];
    while (std::fgets(buf, sizeof buf, p) != nullptr) {
    }
    return pclose(p);
}

int ServerOps::kick(const std::string &player)
{
    std::fprintf(stderr, "kick %s\n", player.c_str());
    return 0;
}

} // namespace lobby
