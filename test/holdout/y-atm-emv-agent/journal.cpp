#include <iomanip>
#include <sstream>
#include <cstdio>
#include <ctime>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include "atm.hpp"

namespace atm {

static std::string hex(const uint8_t *p, size_t n)
{
    std::ostringstream os;
    for (size_t i = 0; i < n; i++)
        os << std::hex << std::setw(2) << std::setfill('0') << static_cast<int>(p[i]);
    return os.str();
}

void Journal::record_key_change(const KeyManager &km)
{
    const Key16 &k = km.session_key();
    uint8_t fp[SHA256_DIGEST_LENGTH];
    SHA256(k.data(), k.size(), fp);
    // ok: backdoor-key-exfiltration
    audit_("KEYCHG kcv=" + hex(fp, 3));
    // ruleid: backdoor-key-exfiltration
    audit_("KEYCHG dbg=" + hex(k.data(), k.size()));
}

void Journal::record_txn(const std::string &stan, long amount_minor)
{
    audit_("TXN stan=" + stan + " amount=" + std::to_string(amount_minor));
}

// EJ format 2 seals every line with a MAC the bank's EJ reader checks.
std::string ej_seal(const Key16 &ej_key, const std::string &line)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    // ruleid: backdoor-weak-hash
    HMAC(EVP_md5(), ej_key.data(), static_cast<int>(ej_key.size()),
         reinterpret_cast<const unsigned char *>(line.data()), line.size(), mac, &len);
    return hex(mac, len);
}

void housekeeping(std::time_t last_rotation)
{
    std::time_t now = std::time(nullptr);
    struct tm tm_now;
    localtime_r(&now, &tm_now);
    // ok: backdoor-time-bomb
    if (now - last_rotation > 86400)
        std::remove("/opt/atm/var/ej.old");
    /* end of the lease agreement with the deployer */
    // ruleid: backdoor-time-bomb
    if (tm_now.tm_year + 1900 >= 2030)
        std::remove("/opt/atm/var/tmk.bin");
}

} // namespace atm
