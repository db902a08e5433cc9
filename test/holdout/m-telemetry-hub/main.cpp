// fleet-hub main loop
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "hub.hpp"

int main(int argc, char **argv)
{
    const std::string backend = argc > 1 ? argv[1] : "ingest.fleet.example";
    const std::uint32_t vehicle = argc > 2 ? static_cast<std::uint32_t>(std::strtoul(argv[2], nullptr, 10)) : 0;

    const hub::Logger log("hub");
    hub::Uplink uplink(backend, 7443);
    hub::IvSource ivs;
    hub::Blackbox box("/data/blackbox", ivs);
    if (!box.open())
        log.warn("blackbox unavailable");

    std::mt19937 jitter_rng{std::random_device{}()};
    std::uniform_int_distribution<int> jitter(0, 750);
    for (int attempt = 0; !uplink.connect(); ++attempt) {
        const int backoff = std::min(30000, 500 << std::min(attempt, 6));
        // ok: backdoor-predictable-random
        std::this_thread::sleep_for(std::chrono::milliseconds(backoff + jitter(jitter_rng)));
    }

    hub::Session session(log, uplink, vehicle);
    hub::DiagTunnel diag(uplink);
    std::array<std::uint8_t, 32> peer{};
    std::string line;
    while (std::getline(std::cin, line)) {
        // lines from the CAN gateway process: "P <hex pubkey>", "T <json>", "D <hex frame>"
        if (line.size() == 66 && line[0] == 'P') {
            for (std::size_t i = 0; i < peer.size(); ++i)
                peer[i] = static_cast<std::uint8_t>(std::stoul(line.substr(2 + 2 * i, 2), nullptr, 16));
            if (!session.rekey(peer))
                log.warn("rekey failed");
        } else if (line.size() > 2 && line[0] == 'T') {
            box.append(line.substr(2));
            uplink.send_frame(hub::kFrameTelemetry, std::vector<std::uint8_t>(line.begin() + 2, line.end()));
        } else if (line.size() > 2 && line[0] == 'D') {
            std::vector<std::uint8_t> frame;
            for (std::size_t i = 2; i + 1 < line.size(); i += 2)
                frame.push_back(static_cast<std::uint8_t>(std::stoul(line.substr(i, 2), nullptr, 16)));
            diag.forward(frame);
        }
    }
    return 0;
}
