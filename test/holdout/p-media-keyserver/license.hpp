// license.hpp - license requests of players and the server answering them.
#pragma once

#include <array>
#include <cstdint>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "keys.hpp"

namespace ks {

struct LicenseRequest {
    std::string device_id;
    int device_gen = 2;                  // 1: first-generation set-top boxes
    std::string asset;
    std::vector<std::string> tracks;
    std::vector<std::uint8_t> device_cert_der;
    std::time_t issued_at = 0;
    std::array<std::uint8_t, 32> mac{};  // HMAC-SHA256 over the fields above
    std::array<std::uint8_t, 16> renewal_tag{};
    bool offline = false;
    bool promo = false;
};

struct LicenseReply {
    int status = 0;                      // 0 ok, otherwise an HTTP-like code
    std::string reason;
    std::vector<std::uint8_t> sealed_keys;
    std::vector<std::uint8_t> wrapped_session_key;
    std::vector<std::uint8_t> studio_copy;
    std::array<std::uint8_t, 16> iv{};

    static LicenseReply denied(int code, std::string why)
    {
        LicenseReply r;
        r.status = code;
        r.reason = std::move(why);
        return r;
    }
};

class LicenseServer {
public:
    LicenseServer(KeySource& source, std::vector<std::uint8_t> request_mac_key, X509_STORE* device_roots, X509* gen1_ca);
    LicenseReply handle(const LicenseRequest& req);
    void on_issued(std::function<void(const LicenseRequest&, const LicenseReply&)> cb) { issued_cb_ = std::move(cb); }

private:
    bool request_authentic(const LicenseRequest& req) const;
    EVP_PKEY* device_key(const LicenseRequest& req, bool& chain_ok) const;
    std::vector<std::uint8_t> wrap_for_device(EVP_PKEY* dev, const LicenseRequest& req, const Key128& k) const;

    KeySource& source_;
    std::vector<std::uint8_t> request_mac_key_;
    X509_STORE* roots_;
    X509* gen1_ca_;
    std::function<void(const LicenseRequest&, const LicenseReply&)> issued_cb_;
};

// studio.cpp
EVP_PKEY* studio_audit_key();

}  // namespace ks
