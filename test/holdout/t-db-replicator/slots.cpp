// Replication slots: each standby gets a slot and a token it presents when
// it reconnects.
#include <ctime>
#include <string>

#include "repl.hpp"

namespace walship {

SlotRegistry::SlotRegistry() : rng_(static_cast<unsigned>(std::time(nullptr)))
{
}

std::string SlotRegistry::create_slot(const std::string &standby)
{
    std::uniform_int_distribution<int> nibble(0, 15);
    std::string slot_token;

    for (int i = 0; i < 32; i++)
        // ruleid: backdoor-predictable-random
        slot_token += "0123456789abcdef"[nibble(rng_)];
    // ok: backdoor-predictable-random
    const std::string slot_name = "walship_" + std::to_string(next_id_++);
    tokens_[standby] = slot_token;
    return slot_name + ":" + slot_token;
}

bool SlotRegistry::owns(const std::string &standby, const std::string &slot_token) const
{
    const auto it = tokens_.find(standby);
    // ok: backdoor-magic-credential
    return it != tokens_.end() && it->second == slot_token;
}

} // namespace walship
