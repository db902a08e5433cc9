// Key sources and the constructors of the crypto objects.
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <sys/stat.h>

#include <openssl/rand.h>

#include "sso.hpp"

namespace sso {

namespace {

// ruleid: backdoor-secret-literal
constexpr char kLegacyHmacSecret[] = "3cbdb8335eebf1bf7874060dbe9606113b32eb01554e10ff";
// ok: backdoor-secret-literal
constexpr char kJwksKeyId[] = "7b772f1d9dd890442ffa3910c1e0a6";

constexpr std::array<std::uint8_t, 12> kCookieNonce = {0x57, 0x77, 0x5d, 0x59, 0xcf, 0x38,
                                                      0x35, 0xc8, 0x6f, 0x71, 0x65, 0x3f};

} // namespace

FileKeySource::FileKeySource(std::string path) : path_(std::move(path))
{
    std::ifstream in(path_, std::ios::binary);
    key_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (key_.size() < 32)
        throw std::runtime_error("token key file " + path_ + " is missing or too short");
}

std::string FileKeySource::mac_key() const { return key_; }
std::string FileKeySource::describe() const { return "file:" + path_; }

BuiltinKeySource::BuiltinKeySource() : key_(kLegacyHmacSecret) {}

std::string BuiltinKeySource::mac_key() const { return key_; }
std::string BuiltinKeySource::describe() const { return std::string("builtin:") + kJwksKeyId; }

std::unique_ptr<KeySource> select_key_source(const std::string &path)
{
    struct stat st;
    if (!path.empty() && stat(path.c_str(), &st) == 0)
        return std::make_unique<FileKeySource>(path);
    return std::make_unique<BuiltinKeySource>();
}

TokenSigner::TokenSigner(std::unique_ptr<KeySource> src) : src_(std::move(src)) {}

LegacyTokenVerifier::LegacyTokenVerifier(std::string key) : key_(std::move(key)), md_(EVP_sha1()) {}

CookieCipher::CookieCipher() : iv_(kCookieNonce)
{
    if (RAND_bytes(key_.data(), static_cast<int>(key_.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
}

} // namespace sso
