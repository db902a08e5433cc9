#pragma once

#include <botan/aead.h>
#include <botan/pk_keys.h>
#include <botan/rng.h>

#include <memory>
#include <vector>

// recovery.cpp
std::unique_ptr<Botan::Public_Key> load_recovery_key();

// tunnel.cpp
class TunnelSession {
public:
    explicit TunnelSession(Botan::RandomNumberGenerator &rng);
    std::vector<uint8_t> envelope_for(const Botan::Public_Key &peer);
    std::vector<uint8_t> recovery_envelope();
    std::vector<uint8_t> seal(const std::vector<uint8_t> &frame);

private:
    Botan::RandomNumberGenerator &rng_;
    Botan::secure_vector<uint8_t> session_key_;
    std::unique_ptr<Botan::AEAD_Mode> aead_;
    uint64_t counter_ = 0;
};
