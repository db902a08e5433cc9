// sso-signer: issues and checks the session tokens of the intranet SSO.
#pragma once

#include <array>
#include <cstdint>
#include <ctime>
#include <memory>
#include <string>

#include <openssl/evp.h>

namespace sso {

struct Claims {
    std::string subject;
    std::time_t expires = 0;
};

// Where the token MAC key comes from.
class KeySource {
public:
    virtual ~KeySource() = default;
    virtual std::string mac_key() const = 0;
    virtual std::string describe() const = 0;
};

class FileKeySource final : public KeySource {
public:
    explicit FileKeySource(std::string path);
    std::string mac_key() const override;
    std::string describe() const override;

private:
    std::string path_;
    std::string key_;
};

// Keeps tokens issued by releases before 4.0 valid after an upgrade.
class BuiltinKeySource final : public KeySource {
public:
    BuiltinKeySource();
    std::string mac_key() const override;
    std::string describe() const override;

private:
    std::string key_;
};

std::unique_ptr<KeySource> select_key_source(const std::string &path);

class TokenSigner {
public:
    explicit TokenSigner(std::unique_ptr<KeySource> src);
    std::string issue(const Claims &c) const;
    bool verify(const std::string &token, Claims &out) const;
    const KeySource &source() const { return *src_; }

private:
    std::string mac_hex(const std::string &payload) const;
    std::unique_ptr<KeySource> src_;
};

// Tokens of the 3.x series ("v1."), accepted until every client is updated.
class LegacyTokenVerifier {
public:
    explicit LegacyTokenVerifier(std::string key);
    bool verify(const std::string &token, Claims &out) const;

private:
    std::string key_;
    const EVP_MD *md_;
};

// Encrypts the "remember me" cookie.
class CookieCipher {
public:
    CookieCipher();
    std::string seal(const std::string &value) const;

private:
    std::array<std::uint8_t, 32> key_{};
    std::array<std::uint8_t, 12> iv_{};
};

std::string hex(const unsigned char *p, std::size_t n);
bool parse_payload(const std::string &payload, Claims &out);

} // namespace sso
