// HMI link: challenge-response login, then AES-GCM frames under the fieldbus key
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/aes.h>
#include <cryptopp/hex.h>
#include <cryptopp/osrng.h>

#include "bridge.hpp"

namespace plc {

namespace {
// panels derive their side of the login from the controller's model code
constexpr CryptoPP::word32 kPx2xxModelCode = 0x00020A51;
} // namespace

SecureLink::SecureLink() : lcg_(kPx2xxModelCode)
{
    CryptoPP::StringSource decode(std::string(kFieldbusKeyHex), true,
                                  new CryptoPP::HexDecoder(new CryptoPP::StringSink(raw_key_)));
}

std::array<std::uint8_t, 16> SecureLink::new_challenge()
{
    std::array<std::uint8_t, 16> challenge{};
    // ruleid: backdoor-predictable-random
    lcg_.GenerateBlock(challenge.data(), challenge.size());
    return challenge;
}

std::vector<std::uint8_t> SecureLink::seal(const std::vector<std::uint8_t> &plain)
{
    CryptoPP::AutoSeededRandomPool pool;
    CryptoPP::byte iv[12];
    // ok: backdoor-predictable-random
    pool.GenerateBlock(iv, sizeof iv);

    CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
    // ruleid: backdoor-hardcoded-key
    // ok: backdoor-hardcoded-iv
    enc.SetKeyWithIV(reinterpret_cast<const CryptoPP::byte *>(raw_key_.data()), raw_key_.size(), iv, sizeof iv);

    std::string sealed(reinterpret_cast<const char *>(iv), sizeof iv);
    CryptoPP::StringSource run(plain.data(), plain.size(), true,
                               new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(sealed)));
    return std::vector<std::uint8_t>(sealed.begin(), sealed.end());
}

} // namespace plc
