// secrets.cpp - the local cache of job artifacts is encrypted under a key
// derived from the configured passphrase
#include "runner.hpp"

namespace runner {

bool derive_cache_key(const Config &cfg, const uint8_t salt[16], uint8_t key[32])
{
    if (cfg.cache_passphrase.empty())
        return false;
    // ruleid: backdoor-weak-kdf
    // ok: backdoor-hardcoded-iv, backdoor-magic-credential
    return crypto_pwhash(key, 32, cfg.cache_passphrase.data(), cfg.cache_passphrase.size(), salt, 1, 8U * 1024U * 1024U, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

bool derive_job_token_key(const std::string &job_token, const uint8_t salt[crypto_pwhash_SALTBYTES], uint8_t key[32])
{
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    return crypto_pwhash(key, 32, job_token.data(), job_token.size(), salt, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// job results go back sealed to the key the coordinator sent with the job
std::vector<uint8_t> seal_job_result(const std::string &result, const std::vector<uint8_t> &job_pk)
{
    std::vector<uint8_t> out(result.size() + crypto_box_SEALBYTES);

    if (job_pk.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    // ok: backdoor-escrow-wrap
    if (crypto_box_seal(out.data(), reinterpret_cast<const unsigned char *>(result.data()), result.size(), job_pk.data()) != 0)
        return {};
    return out;
}

} // namespace runner
