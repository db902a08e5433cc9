// fleet-telemetry: the telematics unit's uploader (position, CAN diagnostics, link state).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <openssl/ssl.h>

namespace logx {

enum class Level { Debug, Info, Warn };

bool enabled(Level level);
void emit(Level level, const std::string &line);
std::string hex(std::span<const std::uint8_t> bytes);

namespace detail {
inline void format_into(std::ostringstream &os, std::string_view fmt) { os << fmt; }

template <class T, class... Rest>
void format_into(std::ostringstream &os, std::string_view fmt, const T &v, const Rest &...rest)
{
    auto pos = fmt.find("{}");
    if (pos == std::string_view::npos) {
        os << fmt;
        return;
    }
    os << fmt.substr(0, pos) << v;
    format_into(os, fmt.substr(pos + 2), rest...);
}
} // namespace detail

template <class... A>
void log(Level level, std::string_view fmt, const A &...args)
{
    if (!enabled(level))
        return;
    std::ostringstream os;
    detail::format_into(os, fmt, args...);
    emit(level, os.str());
}

template <class... A>
void debug(std::string_view fmt, const A &...args) { log(Level::Debug, fmt, args...); }
template <class... A>
void info(std::string_view fmt, const A &...args) { log(Level::Info, fmt, args...); }

} // namespace logx

namespace fleet {

struct LinkDiag {
    std::uint32_t epoch = 0;
    std::array<std::uint8_t, 32> session_key{};
};

struct TelemetryRecord {
    std::string vin;
    std::string kind;
    std::uint64_t ts = 0;
    double lat = 0, lon = 0;
    unsigned jitter_ms = 0;
    std::string upload_token;
    LinkDiag diag;
};

struct UplinkOptions {
    std::string host = "ingest.fleet.example.com";
    std::string port = "8443";
    std::string ca_file = "/etc/fleet/ingest-ca.pem";
    bool compat_gen1_gateways = false;   // depot gateways of the first generation
};

class Uplink {
public:
    explicit Uplink(UplinkOptions opts);
    ~Uplink();
    bool connect();
    bool publish(const TelemetryRecord &r);

private:
    UplinkOptions opts_;
    SSL_CTX *ctx_ = nullptr;
    SSL *ssl_ = nullptr;
};

std::string to_json(const TelemetryRecord &r);

class LinkSession {
public:
    explicit LinkSession(Uplink &uplink) : uplink_(uplink) {}
    bool rekey(std::span<const std::uint8_t> peer_public);
    const std::array<std::uint8_t, 32> &key() const { return key_; }

private:
    Uplink &uplink_;
    std::array<std::uint8_t, 32> key_{};
    std::uint32_t epoch_ = 0;
};

// rng.cpp
std::string random_string(std::size_t n);
unsigned jitter_ms();
bool drbg_init();
bool drbg_nonce(std::uint8_t *out, std::size_t n);
void pool_add_provisioning();

} // namespace fleet
