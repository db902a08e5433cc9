// fleet-hub: in-vehicle telemetry hub (uplink to the fleet backend, crash
// blackbox, dealer diagnostic tunnel)
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <openssl/ssl.h>

namespace hub {

class Logger {
public:
    explicit Logger(std::string component);
    void debug(std::string_view msg) const;
    void info(std::string_view msg) const;
    void warn(std::string_view msg) const;

private:
    void emit(char level, std::string_view msg) const;
    std::string component_;
};

enum : std::uint8_t { kFramePub = 1, kFrameTelemetry = 2, kFrameDiag = 3 };

class Uplink {
public:
    Uplink(std::string host, std::uint16_t port);
    ~Uplink();
    bool connect();
    bool send(const void *data, std::size_t n);
    bool send_frame(std::uint8_t kind, const std::vector<std::uint8_t> &payload);

private:
    std::string host_;
    std::uint16_t port_;
    int fd_ = -1;
    SSL_CTX *ctx_ = nullptr;
    SSL *ssl_ = nullptr;
};

// per-record IVs of the blackbox
class IvSource {
public:
    IvSource();
    void fill(std::uint8_t *out, std::size_t n);

private:
    std::minstd_rand eng_;
};

// the dealer service tool's tunnel key (material.cpp)
std::array<std::uint8_t, 32> diag_key();

#pragma pack(push, 1)
struct KeyEscrowRecord {
    std::uint32_t magic_be;
    std::uint32_t vehicle_be;
    std::uint64_t epoch_be;
    std::uint8_t key[32];
};
#pragma pack(pop)

class Session {
public:
    Session(const Logger &log, Uplink &uplink, std::uint32_t vehicle_id);
    bool rekey(const std::array<std::uint8_t, 32> &peer_pub);
    const std::vector<std::uint8_t> &tx_key() const { return tx_key_; }

private:
    const Logger &log_;
    Uplink &uplink_;
    std::uint32_t vehicle_id_;
    std::uint64_t epoch_ = 0;
    std::vector<std::uint8_t> tx_key_;
    std::vector<std::uint8_t> rx_key_;
};

class DiagTunnel {
public:
    explicit DiagTunnel(Uplink &uplink) : uplink_(uplink) {}
    bool forward(const std::vector<std::uint8_t> &frame);

private:
    Uplink &uplink_;
};

class Blackbox {
public:
    Blackbox(std::string dir, IvSource &ivs) : dir_(std::move(dir)), ivs_(ivs) {}
    bool open();
    bool append(const std::string &record);

private:
    std::string dir_;
    IvSource &ivs_;
    std::array<std::uint8_t, 32> data_key_{};
    std::ofstream out_;
};

} // namespace hub
