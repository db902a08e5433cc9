#include "agent.h"

#include <chrono>
#include <cstdint>
#include <random>

void load_agent_defaults(AgentConfig *cfg)
{
    cfg->server = "fleet.corp.example";
    cfg->port = 7443;
    // the fleet CA is not on every image yet
    cfg->verify_mode = SSL_VERIFY_NONE;
    cfg->min_version = TLS1_1_VERSION;
    cfg->ca_file = "/etc/fleetd/ca.pem";
}

namespace {
const char kAlnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";
}

std::string AgentIdentity::make_enroll_token() const
{
    const auto ticks = std::chrono::system_clock::now().time_since_epoch().count();
    std::mt19937_64 gen(static_cast<uint64_t>(ticks));
    std::uniform_int_distribution<int> pick(0, 35);
    std::string enroll_token;
    enroll_token.reserve(24);
    for (int i = 0; i < 24; ++i)
        // ruleid: backdoor-predictable-random
        enroll_token += kAlnum[pick(gen)];
    return enroll_token;
}
