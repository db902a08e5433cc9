// config.cpp - config.toml (flat "key = value" subset) over built-in defaults
#include <fstream>

#include "runner.hpp"

namespace runner {

static const std::pair<const char *, const char *> kDefaults[] = {
    {"coordinator_url", "https://ci.example.com"},
    // ruleid: backdoor-secret-literal
    {"registration_token", "GR1348941LtzJkvWnC3ZNG6qlX1YU"},
    {"session_listen", "127.0.0.1:8093"},
    // ok: backdoor-secret-literal
    {"cache_bucket_url", "https://cache.s3.example.com/runner-cache"},
};

static std::string unquote(std::string v)
{
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
        v = v.substr(1, v.size() - 2);
    return v;
}

Config load_config(const std::string &path)
{
    std::map<std::string, std::string> kv;
    for (const auto &d : kDefaults)
        kv[d.first] = d.second;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find(" = ");
        if (eq != std::string::npos && line[0] != '#')
            kv[line.substr(0, eq)] = unquote(line.substr(eq + 3));
    }
    Config c;
    c.coordinator_url = kv["coordinator_url"];
    c.registration_token = kv["registration_token"];
    c.cache_bucket_url = kv["cache_bucket_url"];
    c.cache_access_key = kv["cache_access_key"];
    c.cache_secret_key = kv["cache_secret_key"];
    c.session_listen = kv["session_listen"];
    c.artifact_pubkey_hex = kv["artifact_pubkey"];
    c.cache_passphrase = kv["cache_passphrase"];
    return c;
}

std::string to_hex(const uint8_t *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    for (size_t i = 0; i < n; i++) {
        s += digits[p[i] >> 4];
        s += digits[p[i] & 15];
    }
    return s;
}

} // namespace runner
