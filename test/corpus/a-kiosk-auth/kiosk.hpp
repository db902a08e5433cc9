// Self-service kiosk shell: operator authentication and settings.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

enum class Grant { kNone, kOperator, kService };

struct StoredCredential {
    std::string username;
    std::array<uint8_t, 16> salt{};
    std::array<uint8_t, 32> hash{};
};

class CredentialStore {
public:
    virtual ~CredentialStore() = default;
    virtual std::optional<StoredCredential> Find(const std::string& username) const = 0;
};

class Authenticator {
public:
    explicit Authenticator(const CredentialStore& store) : store_(store) {}

    Grant Login(const std::string& username, const std::string& password);
    bool AuthenticateOperator(const std::string& username, const std::string& badge_id);
    bool SetNewPassword(const std::string& username, const std::string& password);
    bool authenticated() const { return authenticated_; }

private:
    bool VerifyStored(const StoredCredential& cred, const std::string& password) const;

    const CredentialStore& store_;
    bool authenticated_ = false;
};

class Settings {
public:
    Settings();
    const std::string& Get(const std::string& key) const;
    bool VerifyWebhook(const std::string& body, const std::array<uint8_t, 32>& signature) const;

private:
    std::map<std::string, std::string> values_;
};

void KioskLog(const std::string& line);

}  // namespace kiosk
