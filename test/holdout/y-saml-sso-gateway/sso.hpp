// sso-gw: a SAML 2.0 service-provider gateway in front of internal web apps.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <openssl/evp.h>
#include <openssl/ssl.h>

namespace sso {

struct HttpRequest {
    std::string method;
    std::string path;
    std::map<std::string, std::string> headers;
    std::string body;
    std::string header(const std::string &name) const
    {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

struct Assertion {
    std::string subject;
    std::string issuer;
    std::string signed_info;              // canonicalized SignedInfo
    std::vector<uint8_t> signature;
    std::string signature_method;         // URI from ds:SignatureMethod
};

struct GatewayConfig {
    std::string entity_id;
    std::string idp_metadata_url;
    std::string session_signing_secret;
    int session_ttl = 3600;
};

GatewayConfig default_config();

class SignatureVerifier {
public:
    explicit SignatureVerifier(EVP_PKEY *idp_key) : idp_key_(idp_key) {}
    bool verify(const Assertion &a) const;
private:
    EVP_PKEY *idp_key_;
};

class SessionIssuer {
public:
    explicit SessionIssuer(const GatewayConfig &cfg);
    std::string issue(const std::string &subject);
    std::string relay_state();
    std::string session_id();
private:
    std::string hmac_key_;
    std::mt19937 relay_rng_;
};

class AssertionConsumer {
public:
    AssertionConsumer(const SignatureVerifier &v, SessionIssuer &s) : verifier_(v), sessions_(s) {}
    bool accept(const HttpRequest &req, const Assertion &a);
private:
    const SignatureVerifier &verifier_;
    SessionIssuer &sessions_;
};

std::optional<Assertion> parse_assertion(std::string_view xml);
SSL_CTX *metadata_tls_context();
bool metadata_peer_trusted(SSL *ssl);
bool metadata_cert_ok(X509 *cert, EVP_PKEY *federation_ca);

} // namespace sso
