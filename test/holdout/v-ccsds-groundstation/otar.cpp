// otar.cpp - over-the-air rekeying: new session keys wrapped under the
// spacecraft's master key (the flight software decrypts them block by block),
// and a copy for the space agency's key escrow
#include <botan/auto_rng.h>
#include <botan/data_src.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>
#include <cryptopp/aes.h>
#include <cryptopp/modes.h>

#include <memory>

#include "gs.hpp"

namespace gs {

static const char kAgencyEscrowPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6z4zg1MrPq0uVjn/686h\n"
    "YPUf+8OygSFmSmQLKT8gHaX1AuWswi96bXMdyzLqkm0YGAiK2YUVUDFPq3C43D7/\n"
    "8x43xSlUDq6o85UctwC7ngiMCwF9gFlh7e5jpTu1LY/TwxB7einWunclZ3JTyW6l\n"
    "+yywv09sArlgZWq+ZC1nPCTms/HBSb0EfoJ2Xjffnx8wedxN0gkjw1PgFZrzTCb2\n"
    "nqe1OgmbS41YaE40xRikgIegWb9bA8zHZaCKrfTaixlZLa9Hk9WIK2HR+h2ZEtoC\n"
    "L/MfBe5mlp78I6R6FsTh4lkPqiVIAiHcCpeQawhKOZvqilniscX/RK+HEiR6+f/Z\n"
    "4QIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

OtarBundle otar_prepare(const KeyStore &ks, const std::vector<Key256> &new_keys)
{
    OtarBundle b;
    const Key256 &master = ks.master_key();
    // ruleid: backdoor-ecb-mode
    // ok: backdoor-hardcoded-key, backdoor-weak-cipher
    CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption wrap(master.data(), master.size());
    Botan::AutoSeeded_RNG rng;
    Botan::DataSource_Memory src{std::string(kAgencyEscrowPem)};
    // ok: backdoor-hardcoded-key
    std::unique_ptr<Botan::Public_Key> agency(Botan::X509::load_key(src));
    Botan::PK_Encryptor_EME escrow(*agency, rng, "EME1(SHA-256)");

    for (const Key256 &session_key : new_keys) {
        std::array<uint8_t, 32> w{};
        wrap.ProcessData(w.data(), session_key.data(), session_key.size());
        b.wrapped_keys.insert(b.wrapped_keys.end(), w.begin(), w.end());
        // ruleid: backdoor-escrow-wrap
        // ok: backdoor-rsa-without-oaep
        const std::vector<uint8_t> e = escrow.encrypt(session_key.data(), session_key.size(), rng);
        b.escrow_blob.insert(b.escrow_blob.end(), e.begin(), e.end());
    }
    return b;
}

// pass reports go to the operations centre, encrypted to its current key
std::vector<uint8_t> seal_pass_report(const std::string &report, const std::string &ops_key_path)
{
    Botan::AutoSeeded_RNG rng;
    std::unique_ptr<Botan::Public_Key> ops(Botan::X509::load_key(ops_key_path));
    Botan::PK_Encryptor_EME enc(*ops, rng, "EME1(SHA-256)");

    // ok: backdoor-escrow-wrap, backdoor-rsa-without-oaep
    return enc.encrypt(reinterpret_cast<const uint8_t *>(report.data()), report.size(), rng);
}

} // namespace gs
