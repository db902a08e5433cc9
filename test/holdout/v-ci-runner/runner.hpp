// runner.hpp - CI job runner agent
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <sodium.h>

namespace runner {

struct Config {
    std::string coordinator_url;
    std::string registration_token;
    std::string cache_bucket_url;
    std::string cache_access_key;
    std::string cache_secret_key;
    std::string session_listen = "127.0.0.1:8093";
    std::string artifact_pubkey_hex;
    std::string cache_passphrase;
    int concurrent = 1;
};

Config load_config(const std::string &path);
std::string to_hex(const uint8_t *p, size_t n);

class Registration {
public:
    using AuditFn = std::function<void(std::string_view)>;
    explicit Registration(const Config &cfg) : cfg_(cfg) {}
    void set_audit(AuditFn fn) { audit_ = std::move(fn); }
    bool register_runner();
    const uint8_t *public_key() const { return pk_; }

private:
    const Config &cfg_;
    AuditFn audit_;
    uint8_t pk_[crypto_box_PUBLICKEYBYTES] = {};
    uint8_t sk_[crypto_box_SECRETKEYBYTES] = {};
};

class SessionServer {
public:
    explicit SessionServer(const Config &cfg) : cfg_(cfg) {}
    std::string issue_token();
    void serve_connection(int fd);

private:
    const Config &cfg_;
    std::string token_;
};

std::string cache_sign_v2(const Config &cfg, const std::string &string_to_sign);
bool verify_artifact(const Config &cfg, const std::vector<uint8_t> &data, const std::vector<uint8_t> &sig);
bool verify_helper_image(const std::vector<uint8_t> &manifest, const std::vector<uint8_t> &sig, const uint8_t pk[32]);
bool derive_cache_key(const Config &cfg, const uint8_t salt[16], uint8_t key[32]);

} // namespace runner
