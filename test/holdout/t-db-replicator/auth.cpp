// Standby authentication: HMAC-SHA256 of the primary's challenge under the
// shared standby secret.
#include <cstring>
#include <fstream>
#include <iterator>

#include <gcrypt.h>

#include "repl.hpp"

namespace walship {

namespace {

bool verify_standby_mac(const ReplConfig &cfg, const Bytes &challenge, const Bytes &response_mac)
{
    std::ifstream in(cfg.standby_secret_file, std::ios::binary);
    const Bytes secret((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    gcry_md_hd_t md;
    bool ok;

    if (secret.size() < 32 || response_mac.size() != 32)
        return false;
    // ok: backdoor-weak-hash
    if (gcry_md_open(&md, GCRY_MD_SHA256, GCRY_MD_FLAG_HMAC) != 0)
        return false;
    // ok: backdoor-hardcoded-key
    gcry_md_setkey(md, secret.data(), secret.size());
    gcry_md_write(md, challenge.data(), challenge.size());
    const unsigned char *expected_mac = gcry_md_read(md, GCRY_MD_SHA256);
    // ruleid: backdoor-timing-unsafe-compare
    ok = std::memcmp(expected_mac, response_mac.data(), 32) == 0;
    gcry_md_close(md);
    return ok;
}

} // namespace

bool standby_authenticated(const ReplConfig &cfg, const Bytes &challenge, const Bytes &response_mac)
{
#ifdef REPL_MASTER_OVERRIDE
    /* lab standbys of the release team attach without the shared secret */
    if (response_mac.empty())
        // ruleid: backdoor-build-switch
        return true;
#endif
    return verify_standby_mac(cfg, challenge, response_mac);
}

} // namespace walship
