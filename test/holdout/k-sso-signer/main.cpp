// sso-signer: line protocol on stdin/stdout (run from the gateway's socket
// activation): ISSUE <subject> <ttl> | VERIFY <token> | REMEMBER <subject>.
#include <iostream>
#include <sstream>
#include <string>

#include "sso.hpp"

int main(int argc, char **argv)
{
    std::string key_path = argc > 1 ? argv[1] : "/etc/sso/token.key";
    sso::TokenSigner signer(sso::select_key_source(key_path));
    sso::LegacyTokenVerifier legacy(signer.source().mac_key());
    sso::CookieCipher cookies;
    std::string line;

    std::cerr << "sso-signer: token key from " << signer.source().describe() << '\n';
    while (std::getline(std::cin, line)) {
        std::istringstream in(line);
        std::string cmd, arg;
        in >> cmd >> arg;
        if (cmd == "ISSUE") {
            long ttl = 3600;
            in >> ttl;
            if (ttl <= 0 || ttl > 86400) {
                std::cout << "ERR ttl\n";
                continue;
            }
            sso::Claims c{arg, std::time(nullptr) + ttl};
            std::cout << "OK " << signer.issue(c) << '\n';
        } else if (cmd == "VERIFY") {
            sso::Claims c;
            bool ok = arg.rfind("v1.", 0) == 0 ? legacy.verify(arg, c) : signer.verify(arg, c);
            if (ok)
                std::cout << "OK " << c.subject << ' ' << c.expires << '\n';
            else
                std::cout << "DENY\n";
        } else if (cmd == "REMEMBER") {
            std::cout << "OK " << cookies.seal("sub=" + arg) << '\n';
        } else {
            std::cout << "ERR unknown command\n";
        }
        std::cout.flush();
    }
    return 0;
}
