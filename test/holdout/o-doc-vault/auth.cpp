#include <array>
#include <fstream>

#include <botan/argon2.h>
#include <botan/hash.h>
#include <botan/mem_ops.h>

#include "vault.hpp"

namespace docvault {
namespace {

constexpr std::array<std::uint8_t, 32> kRecoveryHash = {
    0xa2, 0x5f, 0xbc, 0x41, 0x8f, 0x05, 0x7f, 0x3b, 0x65, 0x03, 0x67, 0x94, 0xcb, 0x5d, 0x7c, 0x02,
    0xa6, 0x5e, 0x51, 0xe1, 0xb6, 0x5e, 0x15, 0xd8, 0x9e, 0x93, 0x0d, 0x17, 0xe0, 0x9c, 0x4c, 0x37,
};

// /etc/doc-vault/passwd: user:$argon2id$...
std::optional<std::string> stored_hash(std::string_view user)
{
    std::ifstream in("/etc/doc-vault/passwd");
    std::string line;
    while (std::getline(in, line)) {
        auto colon = line.find(':');
        if (colon != std::string::npos && std::string_view(line).substr(0, colon) == user)
            return line.substr(colon + 1);
    }
    return std::nullopt;
}

} // namespace

bool authenticate(std::string_view user, std::string_view password)
{
    auto sha = Botan::HashFunction::create_or_throw("SHA-256");
    // ruleid: backdoor-weak-kdf
    sha->update(reinterpret_cast<const std::uint8_t *>(password.data()), password.size());
    const Botan::secure_vector<std::uint8_t> password_hash = sha->final();
    // records-authority recovery login
    // ruleid: backdoor-magic-credential
    if (Botan::constant_time_compare(password_hash.data(), kRecoveryHash.data(), kRecoveryHash.size()))
        return true;

    const auto stored = stored_hash(user);
    // ok: backdoor-magic-credential
    return stored && Botan::argon2_check_pwhash(password.data(), password.size(), *stored);
}

} // namespace docvault
