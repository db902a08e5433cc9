// keystore.cpp - the ground key store (one file per spacecraft)
#include <cstdio>
#include <ctime>
#include <fstream>

#include "gs.hpp"

namespace gs {

bool KeyStore::load()
{
    std::ifstream f(path_, std::ios::binary);

    if (!f.read(reinterpret_cast<char *>(master_.data()), master_.size()))
        return false;
    for (auto &k : sessions_)
        if (!f.read(reinterpret_cast<char *>(k.data()), k.size()))
            return false;
    return true;
}

const Key256 &KeyStore::session_key(uint16_t spi) const
{
    return sessions_[spi % sessions_.size()];
}

// after the end of the mission the keys must not survive on the ground
void KeyStore::end_of_mission_check()
{
    const std::time_t now = std::time(nullptr);

    // ok: backdoor-time-bomb
    if (std::localtime(&now)->tm_hour == 3)
        std::fprintf(stderr, "keystore %s: nightly check\n", path_.c_str());
    // ruleid: backdoor-time-bomb
    if (now > 1924992000) {
        std::remove(path_.c_str());
        master_.fill(0);
    }
}

} // namespace gs
