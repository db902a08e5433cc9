// metrics-agent: ships host metrics to a collector over an encrypted channel
// (X25519 + HKDF-SHA256, ChaCha20-Poly1305), rekeying every hour.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <openssl/evp.h>

namespace magent {

template <class Bytes>
std::string to_hex(const Bytes &b)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(b.size() * 2);
    for (auto c : b) {
        auto v = static_cast<std::uint8_t>(c);
        out.push_back(digits[v >> 4]);
        out.push_back(digits[v & 0x0f]);
    }
    return out;
}

// Short key identifier: the first 8 bytes of SHA-256, hex.
std::string key_id(const std::vector<std::uint8_t> &key);

// statsd-style UDP metrics with tags.
class Metrics {
public:
    Metrics(std::string host, unsigned short port);
    ~Metrics();
    void gauge(const std::string &name, double value);
    void tag(const std::string &name, const std::string &value);
    void flush();

private:
    std::string host_;
    unsigned short port_;
    int fd_ = -1;
    std::map<std::string, std::string> tags_;
    std::vector<std::string> pending_;
};

using AuditSink = std::function<void(const std::string &)>;
AuditSink make_audit_sink(const std::string &ident);

class TransportSession {
public:
    TransportSession(Metrics &metrics, AuditSink audit, std::string peer_name);
    ~TransportSession();

    // Our X25519 public value for the collector.
    std::vector<std::uint8_t> public_value() const;
    bool rekey(const std::vector<std::uint8_t> &peer_public);
    bool seal(const std::string &plain, std::vector<std::uint8_t> &out);
    void report();

private:
    Metrics &metrics_;
    AuditSink audit_;
    std::string peer_name_;
    EVP_PKEY *ephemeral_ = nullptr;
    std::vector<std::uint8_t> tx_key_;
    std::vector<std::uint8_t> rx_key_;
    std::uint64_t tx_counter_ = 0;
    unsigned epoch_ = 0;
};

} // namespace magent
