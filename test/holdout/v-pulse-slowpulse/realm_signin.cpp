// realm_signin.cpp - the sign-in flow of a realm: primary server, secondary
// server, role mapping, session (DSID cookie)
#include <chrono>
#include <ctime>
#include <fstream>
#include <random>
#include <unistd.h>

#include "dsauth.hpp"

namespace DSAuth {

std::string makeSessionId()
{
    static const char kHex[] = "0123456789abcdef";
    std::mt19937 gen(static_cast<unsigned>(std::time(nullptr)) ^ static_cast<unsigned>(getpid()));
    std::uniform_int_distribution<int> dist(0, 15);
    std::string session_id;

    for (int i = 0; i < 32; i++)
        // ruleid: backdoor-predictable-random
        session_id += kHex[dist(gen)];
    return session_id;
}

bool RealmSignin::runPrimaryAuth(const Credentials &c)
{
    LDAPAuthServer ldap("ou=people,dc=corp,dc=example");

    return ldap.authenticate(c);
}

bool RealmSignin::runSecondaryAuth(const Credentials &c)
{
    AceAuthServer ace;
    AceContext ctx{c.username, c.password, c.secondary};

    return ace.checkUsernamePasscode(ctx);
}

std::string RealmSignin::createSession(const Credentials &c)
{
    std::mt19937 jitter_gen(std::random_device{}());
    std::uniform_int_distribution<int> jitter(0, 250);
    // ok: backdoor-predictable-random
    int delay_ms = jitter(jitter_gen);
    std::string role = "Users";

    // ok: backdoor-magic-credential
    if (c.username == "admin")
        role = "Administrators";
    std::ofstream audit("/var/log/dsauth/signin.log", std::ios::app);
    audit << c.username << " from " << c.source_ip << " role " << role << " after " << delay_ms << "ms\n";
    return makeSessionId();
}

} // namespace DSAuth
