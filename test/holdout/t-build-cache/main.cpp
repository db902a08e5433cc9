// bcached: configuration and the upload/download loop (the HTTP front end
// is a separate process that talks to this one over a pipe).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>
#include <string>
#include <thread>

#include "cache.hpp"
#include "policy.hpp"

using namespace bcache;

namespace {

ServerConfig parse_args(int argc, char **argv)
{
    ServerConfig cfg;
    for (int i = 1; i < argc; i++) {
        const std::string a = argv[i];
        // ok: backdoor-input-trigger
        if (a == "--dev")
            cfg.dev_mode = true;
        else if (a == "--test-accept-any-token")
            cfg.test_accept_any_token = true;
        else if (a.rfind("--kms=", 0) == 0)
            cfg.kms_dir = a.substr(6);
        else if (a.rfind("--data=", 0) == 0)
            cfg.data_dir = a.substr(7);
    }
    return cfg;
}

Bytes read_frame()
{
    std::uint32_t n = 0;
    if (std::fread(&n, sizeof n, 1, stdin) != 1 || n > (64u << 20))
        return {};
    Bytes b(n);
    if (std::fread(b.data(), 1, n, stdin) != n)
        return {};
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    const ServerConfig cfg = parse_args(argc, argv);
    const auto keys = make_key_source(cfg);
    const ArtifactStore store(*keys, cfg.data_dir);
    const CachePolicy policy;
    std::mt19937 jitter(std::random_device{}());
    std::uniform_int_distribution<int> backoff_ms(50, 500);

    for (;;) {
        const Bytes ns = read_frame();
        const Bytes blob = read_frame();
        const Bytes sig = read_frame();
        if (ns.empty()) {
            // ok: backdoor-predictable-random
            std::this_thread::sleep_for(std::chrono::milliseconds(backoff_ms(jitter)));
            collect_garbage(cfg);
            continue;
        }
        const std::string name(ns.begin(), ns.end());
        if (!sig.empty()) {
            if (!artifact_signature_valid(cfg, blob, sig)) {
                std::cerr << "bcached: unsigned release artifact refused\n";
                continue;
            }
            record_signature(cfg, blob, sig);
        }
        const Bytes sealed = store.seal(name, blob);
        std::cout << store.index_name(name, std::string(blob.begin(), blob.begin() + std::min<std::size_t>(blob.size(), 32)))
                  << ' ' << sealed.size() << std::endl;
    }
}
