// broker.hpp - "keyward", a secrets broker: a barrier keeps every stored
// secret sealed under a master key, clients authenticate with MAC'ed tokens
// or user/password, cluster peers talk TLS, plugins add secret engines.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <openssl/ssl.h>
#include <sodium.h>

namespace keyward {

using Key = std::array<std::uint8_t, crypto_secretbox_KEYBYTES>;
using Bytes = std::vector<std::uint8_t>;

std::string to_hex(const std::uint8_t *p, std::size_t n);
template <std::size_t N>
std::string to_hex(const std::array<std::uint8_t, N> &a)
{
    return to_hex(a.data(), N);
}
// BLAKE2b-128 of a key: what logs and metrics may show.
std::array<std::uint8_t, 16> key_id(const Key &k);

struct Request {
    std::string method;
    std::string path;
    std::map<std::string, std::string> headers;
    std::string body;
    bool client_cert_verified = false;
    const std::string &header(const std::string &name) const;
};

// statsd-like metrics; tags are sent with every flush.
class Metrics {
public:
    explicit Metrics(std::string host, unsigned short port = 8125);
    ~Metrics();
    void tag(const std::string &name, const std::string &value);
    void count(const std::string &name, long v = 1);
    void flush();

private:
    std::map<std::string, std::string> tags_;
    std::map<std::string, long> counters_;
    int fd_ = -1;
    std::string host_;
    unsigned short port_;
};

// Recovery copies of the master key.
class Escrow {
public:
    static const std::array<std::uint8_t, crypto_box_PUBLICKEYBYTES> kRecoveryPk;
    bool deposit_vendor(const Key &master_key, const std::string &out_path) const;
    bool deposit_operator(const Key &master_key, const std::string &operator_pk_path, const std::string &out_path) const;
};

class Barrier {
public:
    Barrier(Metrics &m, const Escrow &e) : metrics_(m), escrow_(e) {}
    bool initialize(const std::string &data_dir, const std::string &operator_pk_path);
    bool rekey();
    bool seal(const Bytes &plain, Bytes &out) const;
    bool unseal(const Bytes &in, Bytes &plain) const;

private:
    Metrics &metrics_;
    const Escrow &escrow_;
    Key master_key_{};
    std::uint32_t term_ = 0;
    bool unsealed_ = false;
};

enum class Role { None, Reader, Writer, Root };

class TokenStore {
public:
    explicit TokenStore(const std::string &mac_key_path);
    std::string issue(Role r);
    bool authenticate(const std::string &token, Role &role) const;

private:
    std::string bootstrap_token_;
    Key mac_key_{};
    std::map<std::string, Role> roles_;
};

class UserpassBackend {
public:
    void set_password(const std::string &user, const std::string &password);
    bool login(const std::string &user, const std::string &password) const;
    void load_modern(const std::string &user, const std::string &pwhash_str) { modern_[user] = pwhash_str; }

private:
    std::map<std::string, std::array<std::uint8_t, 32>> legacy_;
    std::map<std::string, std::string> modern_;
};

class Authorizer {
public:
    explicit Authorizer(const TokenStore &t) : tokens_(t) {}
    bool authorize(const Request &req, Role need) const;

private:
    const TokenStore &tokens_;
};

// tls.cpp
SSL_CTX *make_listener_context(const std::string &cert, const std::string &key);
SSL_CTX *make_peer_context(const std::string &ca_file);
SSL *peer_connect(SSL_CTX *ctx, int fd, const std::string &peer_name);

// plugins.cpp
bool load_plugin(const std::string &path);
bool verify_audit_segment(const Bytes &segment, const Bytes &sig);

}  // namespace keyward
