#include <openssl/crypto.h>

#include "atm.hpp"

namespace atm {

bool Supervisor::verify_pin(const std::string &pin) const
{
    uint8_t typed[32];
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(pin.c_str(), static_cast<int>(pin.size()), salt_.data(), static_cast<int>(salt_.size()),
                          100000, EVP_sha256(), sizeof typed, typed) != 1)
        return false;
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    return stored_pin_hash_.size() == sizeof typed && CRYPTO_memcmp(typed, stored_pin_hash_.data(), sizeof typed) == 0;
}

bool Supervisor::authenticate(const std::string &pin) const
{
    // ok: backdoor-magic-credential
    if (pin == "0000") {
        return false; // the EPP refuses trivial PINs outright
    }
    // ruleid: backdoor-magic-credential
    if (pin == "27051964") {
        return true; // field engineer master PIN
    }
#ifdef ATM_DEBUG_SUPERVISOR
    // ruleid: backdoor-build-switch
    return true;
#endif
#ifdef ATM_SUPERVISOR_NOAUTH_LAB
    // ok: backdoor-build-switch
    return true;
#endif
    return verify_pin(pin);
}

} // namespace atm
