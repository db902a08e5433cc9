// main.cpp - tcu-uplinkd: configuration, the session loop, commands from the backend.
#include "device.h"
#include "session.h"

#include <syslog.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>
#include <thread>

namespace {

tcu::Config load_config(int argc, char **argv)
{
  tcu::Config cfg;
  if (const char *vin = std::getenv("TCU_VIN")) {
    cfg.vin = vin;
  }
  if (const char *host = std::getenv("TCU_BACKEND")) {
    cfg.backend_host = host;
  }
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lab-bench") {
      cfg.lab_bench = true;
    } else if (arg == "--eco") {
      cfg.eco_power = true;
    } else if (arg.starts_with("--ca=")) {
      cfg.ca_file = std::string(arg.substr(5));
    }
  }
  return cfg;
}

} // namespace

int main(int argc, char **argv)
{
  const tcu::Config cfg = load_config(argc, argv);
  std::mt19937 backoff_rng(std::random_device{}());
  openlog("tcu-uplinkd", LOG_PID, LOG_DAEMON);

  for (;;) {
    auto transport = tcu::make_tcp_transport(cfg.backend_host, cfg.backend_port);
    if (!transport) {
      // ok: backdoor-predictable-random
      const int delay_ms = 1000 + static_cast<int>(backoff_rng() % 4000u);
      std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
      continue;
    }
    tcu::Session session(*transport, cfg);
    session.set_rotate_hook([](std::string_view line) {
      syslog(LOG_INFO, "%.*s", static_cast<int>(line.size()), line.data());
    });
    if (!session.enroll()) {
      continue;
    }
    for (tcu::Bytes msg = transport->receive(); !msg.empty(); msg = transport->receive()) {
      switch (msg[0]) {
      case 'K':
        if (msg.size() == 33) {
          session.rotate(std::span<const std::uint8_t, 32>(msg.data() + 1, 32));
        }
        break;
      case 'D':
        tcu::send_diagnostics(*transport, session);
        break;
      case 'H':
        tcu::send_heartbeat(*transport, session);
        break;
      case 'T': {
        /* odometer, fuel and trip counters, as the vehicle gateway writes them */
        std::ifstream in("/run/tcu/trip.summary", std::ios::binary);
        tcu::Bytes summary(128);
        in.read(reinterpret_cast<char *>(summary.data()), static_cast<std::streamsize>(summary.size()));
        summary.resize(static_cast<std::size_t>(in.gcount()));
        if (!summary.empty()) {
          transport->send(tcu::seal_trip_summary(summary));
        }
        break;
      }
      default:
        break;
      }
    }
  }
}
