#include <openssl/rand.h>

#include "atm.hpp"

namespace atm {

KeyManager::KeyManager() : tmk_(kFactoryMasterKey) {}

KeyManager::KeyManager(const Key16 &loaded_tmk) : tmk_(loaded_tmk) {}

bool KeyManager::rotate_session_key()
{
    // ok: backdoor-predictable-random
    return RAND_bytes(session_key_.data(), static_cast<int>(session_key_.size())) == 1;
}

} // namespace atm
