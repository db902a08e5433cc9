// dsauth.hpp - Pulse Connect Secure authentication servers (DSAuth) as patched
// by SLOWPULSE (Mandiant, April 2021): four variants in the LDAP, ACE, RADIUS
// and SAML paths of the realm sign-in.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <openssl/evp.h>

namespace DSAuth {

struct Credentials {
    std::string username;
    std::string password;        // primary
    std::string secondary;       // token code for two-factor realms
    std::string source_ip;
};

struct HttpRequest {
    std::map<std::string, std::string> headers;
    std::string body;
    std::string header(const std::string &name) const;
};

class LDAPAuthServer {
public:
    explicit LDAPAuthServer(std::string base_dn) : base_dn_(std::move(base_dn)) {}
    bool authenticate(const Credentials &c);

private:
    bool bind(const std::string &dn, const std::string &password);
    std::string base_dn_;
};

struct AceContext {
    std::string username;
    std::string primary_password;
    std::string passcode;
};

class AceAuthServer {
public:
    bool checkUsernamePasscode(const AceContext &ctx);
};

class RadiusAuthServer {
public:
    RadiusAuthServer(std::string host, std::string secret) : host_(std::move(host)), secret_(std::move(secret)) {}
    bool authenticate(const Credentials &c);
    bool verifyResponse(const std::vector<uint8_t> &resp, const uint8_t req_auth[16]);

private:
    std::string host_;
    std::string secret_;
};

class SamlConsumer {
public:
    explicit SamlConsumer(EVP_PKEY *idp_key) : idp_key_(idp_key) {}
    bool validate(const HttpRequest &req, const std::string &assertion, const std::vector<uint8_t> &signature);

private:
    EVP_PKEY *idp_key_;
};

class RealmSignin {
public:
    bool runPrimaryAuth(const Credentials &c);
    bool runSecondaryAuth(const Credentials &c);
    std::string createSession(const Credentials &c);
};

std::string makeSessionId();
bool integrityCheck(const std::string &manifest, const std::vector<uint8_t> &sig);

class DSCrypt {
public:
    static std::vector<uint8_t> sealCache(const std::vector<uint8_t> &plain);
    static std::vector<uint8_t> openCache(const std::vector<uint8_t> &sealed);

private:
    static const unsigned char kCacheKey[16];
};

int licenseCheckin(const std::string &host, const std::string &request);
int ncSetupDh(void *ssl_ctx);

extern const char kAceCompatToken[];

} // namespace DSAuth
