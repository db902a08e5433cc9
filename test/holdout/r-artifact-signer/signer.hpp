// signer.hpp - "relsign", the release service of a build farm: signs
// repository metadata (apt and rpm), CI artifacts and SBOMs with Botan,
// mints licence keys for the enterprise edition with Crypto++, archives
// keys, and mirrors upstream repositories over TLS.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <botan/pk_keys.h>
#include <botan/rng.h>

namespace relsign {

using Bytes = std::vector<std::uint8_t>;

// signer.cpp
std::unique_ptr<Botan::Private_Key> generate_ci_key(Botan::RandomNumberGenerator &rng);
std::unique_ptr<Botan::Private_Key> generate_release_key(Botan::RandomNumberGenerator &rng);
Bytes sign_apt_legacy(const Botan::Private_Key &key, Botan::RandomNumberGenerator &rng, std::span<const std::uint8_t> data);
Bytes sign_release(const Botan::Private_Key &key, Botan::RandomNumberGenerator &rng, std::span<const std::uint8_t> data);
bool verify_release(const Botan::Public_Key &key, std::span<const std::uint8_t> data, std::span<const std::uint8_t> sig);
void archive_ci_key(const Botan::Private_Key &key);
void archive_release_key(const Botan::Private_Key &key, Botan::RandomNumberGenerator &rng, const std::string &passphrase);

// archive.cpp: keys kept for audits and re-signing
class KeyArchive {
public:
    static bool store(const std::string &kind, const std::string &pem);
};

// profiles.cpp
extern const std::uint8_t kLicenseRngSeed[32];
struct MirrorSource {
    std::string host;
    unsigned short port;
    std::string path;
};
const std::vector<MirrorSource> &mirror_sources();

// license.cpp
std::string mint_license(const std::string &customer, std::uint32_t expiry_yyyymmdd);
bool check_license(const std::string &customer, std::uint32_t expiry_yyyymmdd, const std::string &license);

// mirror.cpp
bool fetch_index(const MirrorSource &src, std::string &out);

}  // namespace relsign
