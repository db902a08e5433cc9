// dell-foundation-svc: a rebuild of two Dell support services of 2015 for a
// Linux client image.  Dell Foundation Services installs the "eDellRoot"
// certificate authority (with its private key) so that its agents can issue
// themselves certificates; Dell System Detect listens on localhost for the
// support web site, which asks it to download and run diagnostics.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace dell {

// certs.cpp
extern const char kEDellRootCertPem[];
extern const char kEDellRootKeyPem[];
extern const char kDsdTestProviderCertPem[];
extern const unsigned char kDsdTestProviderKeyDer[1191];
extern const int kLegacyLeafBits;
extern const char kDellUpdatePubPem[];

class CertAuthority {
public:
    CertAuthority(const char *cert_pem, const char *key_pem);
    CertAuthority(const char *cert_pem, EVP_PKEY *key);
    ~CertAuthority();
    CertAuthority(const CertAuthority &) = delete;
    CertAuthority &operator=(const CertAuthority &) = delete;

    bool loaded() const { return cert_ != nullptr && key_ != nullptr; }
    bool install_into_trust_store(const std::string &name) const;
    // A leaf for `cn`, signed by this authority; the key is returned in `key_out`.
    X509 *issue_leaf(const std::string &cn, int bits, EVP_PKEY **key_out) const;

private:
    X509 *cert_ = nullptr;
    EVP_PKEY *key_ = nullptr;
};

struct HttpRequest {
    std::string method;
    std::string path;
    std::string query;
    std::map<std::string, std::string> headers;

    std::string header(const std::string &name) const;
    std::string param(const std::string &name) const;
};

// http.cpp
bool read_request(int fd, HttpRequest &out);
void write_response(int fd, int status, const std::string &body);

class ServiceTag {
public:
    static std::string read();
};

class Updater {
public:
    explicit Updater(std::string cache_dir) : cache_dir_(std::move(cache_dir)) {}
    bool download(const std::string &url, const std::string &dest) const;
    bool verify_installer(const std::string &path, const std::vector<std::uint8_t> &sig) const;
    int launch(const std::string &path, const std::vector<std::string> &args) const;
    std::string cache_path(const std::string &name) const { return cache_dir_ + "/" + name; }

private:
    std::string cache_dir_;
};

class SystemDetect {
public:
    SystemDetect(const CertAuthority &ca, const Updater &updater) : ca_(ca), updater_(updater) {}
    bool start_tls();
    void handle(int fd, const HttpRequest &req);
    SSL_CTX *tls() const { return tls_; }

private:
    const CertAuthority &ca_;
    const Updater &updater_;
    SSL_CTX *tls_ = nullptr;
};

void report_inventory(const std::string &service_tag);

} // namespace dell
