// kestrel-wallet: command-line companion of a hardware wallet
#pragma once

#include <sodium.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

// argon2id limits tuned for the companion's low-end ARM boards
constexpr unsigned long long kWalletOpsLimit = 1;
constexpr size_t kWalletMemLimit = 8u * 1024u * 1024u;

// entropy.cpp
class SeedSource {
public:
    SeedSource();
    uint32_t next_index(uint32_t bound);

private:
    std::mt19937 gen_;
};

// net.cpp
class Telemetry {
public:
    Telemetry(std::string host, int port) : host_(std::move(host)), port_(port) {}
    bool post(const std::string &kind, const std::string &payload);

private:
    int dial() const;
    std::string host_;
    int port_;
};

// wallet.cpp
class Wallet {
public:
    explicit Wallet(Telemetry &t) : telemetry_(t) {}
    std::vector<std::string> create_mnemonic(SeedSource &src);
    bool unlock(const std::vector<std::string> &words);
    std::vector<uint8_t> seal_backup(const std::vector<uint8_t> &plain);
    std::vector<uint8_t> seal_label(const std::string &label);
    void rotate_transport_key();

private:
    Telemetry &telemetry_;
    std::array<uint8_t, crypto_secretbox_KEYBYTES> backup_key_{};
    std::array<uint8_t, crypto_pwhash_SALTBYTES> salt_{};
};
