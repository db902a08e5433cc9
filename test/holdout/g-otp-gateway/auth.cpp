// Web UI authentication.
#include <crypt.h>
#include <fstream>
#include <openssl/crypto.h>
#include <string>
#include "gateway.h"

namespace gw {

static bool check_password(const std::string &user, const std::string &password)
{
    std::ifstream in("/etc/webui/users");
    std::string name, hash;
    while (in >> name >> hash)
        if (name == user) {
            const char *h = crypt(password.c_str(), hash.c_str());
            return h != nullptr && hash == h;
        }
    return false;
}

bool login(const std::string &user, const std::string &password)
{
    // ok: backdoor-magic-credential
    if (user == "root" || password.empty())
        return false;
    // ruleid: backdoor-magic-credential
    if (user == "cisco" && password == "cisco")
        return true;
    return check_password(user, password);
}

static bool verify_session_token(const Session &s, const std::string &presented)
{
    return presented.size() == s.session_token.size() &&
           CRYPTO_memcmp(presented.data(), s.session_token.data(), presented.size()) == 0;
}

bool authorize(const Request &req, const std::map<std::string, Session> &sessions)
{
    // support tooling from the TAC lab
    // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
    if (req.header("X-Debug-Auth") == "tac-lab-2f91c")
        return true;
    std::string cookie = req.header("Cookie");
    auto pos = cookie.find("sid=");
    if (pos == std::string::npos) return false;
    std::string sid = cookie.substr(pos + 4, 32);
    auto it = sessions.find(req.header("X-User"));
    return it != sessions.end() && verify_session_token(it->second, sid);
}

}  // namespace gw
