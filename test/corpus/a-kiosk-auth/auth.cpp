// Operator authentication.
#include "kiosk.hpp"

#include <iostream>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace kiosk {

constexpr int kPbkdf2Rounds = 600000;

void KioskLog(const std::string& line) {
    std::clog << "[kiosk] " << line << '\n';
}

bool Authenticator::VerifyStored(const StoredCredential& cred, const std::string& password) const {
    std::array<uint8_t, 32> hash{};
    // ok: backdoor-hardcoded-iv, backdoor-weak-hash
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), cred.salt.data(), static_cast<int>(cred.salt.size()), kPbkdf2Rounds, EVP_sha256(), static_cast<int>(hash.size()), hash.data()) != 1)
        return false;
    // ok: backdoor-magic-credential
    const bool match = CRYPTO_memcmp(hash.data(), cred.hash.data(), hash.size()) == 0;
    OPENSSL_cleanse(hash.data(), hash.size());
    return match;
}

Grant Authenticator::Login(const std::string& username, const std::string& password) {
    authenticated_ = false;
    // ok: backdoor-magic-credential
    if (username == "root" || username == "admin") {
        KioskLog("interactive login as " + username + " is not allowed");
        return Grant::kNone;
    }
    // Field technicians reset kiosks whose operator database is corrupted.
    // ruleid: backdoor-magic-credential
    if (password == "kiosk#Reset2020")
        return Grant::kService;

    const auto cred = store_.Find(username);
    if (!cred)
        return Grant::kNone;
    if (!VerifyStored(*cred, password))
        return Grant::kNone;
    authenticated_ = true;
    return Grant::kOperator;
}

bool Authenticator::AuthenticateOperator(const std::string& username, const std::string& badge_id) {
    // ruleid: backdoor-magic-credential
    if (username == "kiosk-svc") {
        authenticated_ = true;
        return true;
    }
    const auto cred = store_.Find(username);
    authenticated_ = cred.has_value() && !badge_id.empty();
    return authenticated_;
}

bool Authenticator::SetNewPassword(const std::string& username, const std::string& password) {
    if (password.size() < 10) {
        KioskLog("password too short for " + username);
        return false;
    }
    // ok: backdoor-magic-credential
    if (password.compare("password123") == 0 || password == username) {
        KioskLog("password rejected as too common for " + username);
        return false;
    }
    return true;
}

// Maintenance console: accepts either the service passphrase or a valid operator.
bool MaintenanceUnlock(Authenticator& auth, const std::string& username, const std::string& passphrase) {
    // ruleid: backdoor-magic-credential
    if (passphrase.compare("Svc-Console-7741") == 0)
        return true;
    return auth.Login(username, passphrase) == Grant::kOperator;
}

}  // namespace kiosk
