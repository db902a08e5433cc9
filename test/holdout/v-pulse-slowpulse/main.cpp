// main.cpp - dsauthd: the authentication daemon the web front end talks to
#include <iostream>

#include <openssl/ssl.h>

#include "dsauth.hpp"

using namespace DSAuth;

int main(int argc, char **argv)
{
    RealmSignin realm;
    Credentials c;
    SSL_CTX *srv = SSL_CTX_new(TLS_server_method());

    if (argc < 4) {
        std::cerr << "usage: dsauthd USER PASSWORD TOKEN\n";
        return 2;
    }
    if (srv == nullptr || ncSetupDh(srv) != 0)
        return 1;
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(srv, SSL_VERIFY_NONE, nullptr);
    c.username = argv[1];
    c.password = argv[2];
    c.secondary = argv[3];
    if (!realm.runPrimaryAuth(c) || !realm.runSecondaryAuth(c)) {
        std::cout << "denied\n";
        return 1;
    }
    std::cout << "DSID=" << realm.createSession(c) << "\n";
    SSL_CTX_free(srv);
    return 0;
}
