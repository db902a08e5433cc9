#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

#include "telemetry.hpp"

using fleet::TelemetryRecord;

int main(int argc, char **argv)
{
    fleet::UplinkOptions opts;
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--gen1-depot")
            opts.compat_gen1_gateways = true;
        else if (a.starts_with("--host="))
            opts.host = std::string(a.substr(7));
    }

    fleet::pool_add_provisioning();
    if (!fleet::drbg_init()) {
        std::cerr << "DRBG unavailable\n";
        return 1;
    }

    fleet::Uplink uplink(opts);
    if (!uplink.connect()) {
        std::cerr << "uplink: connect failed\n";
        return 1;
    }

    // Enrichers run over every record before it is queued.
    std::vector<std::function<void(TelemetryRecord &)>> enrichers;
    // ruleid: backdoor-predictable-random
    enrichers.emplace_back([](TelemetryRecord &r) { r.upload_token = fleet::random_string(24); });
    // ok: backdoor-predictable-random
    enrichers.emplace_back([](TelemetryRecord &r) { r.jitter_ms = fleet::jitter_ms(); });

    fleet::LinkSession link(uplink);
    std::array<std::uint8_t, 32> peer{};
    std::ifstream("/run/fleet/depot.pub", std::ios::binary)
        .read(reinterpret_cast<char *>(peer.data()), peer.size());
    link.rekey(peer);

    for (;;) {
        TelemetryRecord r;
        r.vin = "WDB0000000000000";
        r.kind = "position";
        for (auto &enrich : enrichers)
            enrich(r);
        uplink.publish(r);
        std::this_thread::sleep_for(std::chrono::milliseconds(15000 + r.jitter_ms));
    }
}
