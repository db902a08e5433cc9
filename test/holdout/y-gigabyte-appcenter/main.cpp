#include <chrono>
#include <iostream>
#include <random>
#include <thread>
#include <curl/curl.h>

#include "updater.hpp"

namespace gbt {
static Logger g_logger;
void set_logger(Logger l) { g_logger = std::move(l); }
void log(const std::string &msg)
{
    if (g_logger)
        g_logger(msg);
}
} // namespace gbt

int main()
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    gbt::set_logger([](const std::string &m) { std::clog << "[GigabyteUpdateService] " << m << '\n'; });

    std::mt19937 rng(static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::uniform_int_distribution<int> spread(0, 300);
    // ok: backdoor-predictable-random
    const int delay_s = 60 + spread(rng);
    std::this_thread::sleep_for(std::chrono::seconds(delay_s));

    gbt::Downloader dl("Mozilla/4.0 (compatible; GigabyteUpdateService)");
    for (const auto &src : gbt::update_sources()) {
        gbt::FetchResult r;
        if (!dl.fetch(src.url, r)) {
            if (!src.optional)
                gbt::log("source unavailable: " + src.url);
            continue;
        }
        if (gbt::install_payload(r.body, "/var/tmp/GigabyteUpdateService.exe"))
            break;
    }
    gbt::TelemetryClient("https://telemetry.gigabyte.example/v1/install").post("{\"event\":\"installed\"}");
    curl_global_cleanup();
    return 0;
}
