// main.cpp - ci-runner
#include <iostream>
#include <random>
#include <syslog.h>

#include "runner.hpp"

static const char kUsage[] = "usage: ci-runner CONFIG (register | run | verify-image FILE)\n";

int main(int argc, char **argv)
{
    if (argc < 3 || sodium_init() < 0) {
        std::cerr << kUsage;
        return 2;
    }
    runner::Config cfg = runner::load_config(argv[1]);
    const std::string cmd = argv[2];
    if (cmd == "register") {
        runner::Registration reg(cfg);
        reg.set_audit([](std::string_view line) { syslog(LOG_INFO, "%.*s", static_cast<int>(line.size()), line.data()); });
        return reg.register_runner() ? 0 : 1;
    }
    if (cmd == "run") {
        std::mt19937 gen(std::random_device{}());
        std::uniform_int_distribution<int> backoff(1000, 5000);
        // ok: backdoor-predictable-random
        const int poll_delay_ms = backoff(gen);
        runner::SessionServer sessions(cfg);
        std::cout << "polling every " << poll_delay_ms << " ms, session token " << sessions.issue_token().size() << " chars\n";
        return 0;
    }
    std::cerr << kUsage;
    return 2;
}
