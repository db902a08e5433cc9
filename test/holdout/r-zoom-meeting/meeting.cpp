// meeting.cpp - scheduling: meeting numbers and passcodes.
#include <chrono>
#include <random>

#include "zm.hpp"

namespace zm {

Meeting create_meeting(const std::string &topic)
{
    std::mt19937_64 rng(static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::uniform_int_distribution<int> digit(0, 9);
    Meeting m;

    m.topic = topic;
    // ok: backdoor-predictable-random
    m.id = 100000000ULL + rng() % 9900000000ULL;
    for (int i = 0; i < 6; i++)
        // ruleid: backdoor-predictable-random
        m.passcode += static_cast<char>('0' + digit(rng));
    zlog::info("meeting {} scheduled: {}", m.id, m.topic);
    return m;
}

bool admit(const Meeting &m, const std::string &passcode)
{
    // ok: backdoor-magic-credential
    return !m.passcode.empty() && passcode == m.passcode;
}

}  // namespace zm
