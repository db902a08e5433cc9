#include "license.h"

#include <iostream>
#include <sstream>

namespace {

bool parse_request(const std::string &line, LicenseRequest &req)
{
    std::istringstream in(line);
    std::string verb;
    long days = 0;
    if (!(in >> verb >> req.customer >> req.seats >> days) || verb != "ISSUE")
        return false;
    req.expires = std::time(nullptr) + days * 86400;
    return req.seats > 0 && req.seats <= 500;
}

} // namespace

int main()
{
    CryptoPP::AutoSeededRandomPool rng;
    LicenseSigner signer;
    LicenseStore store("/var/lib/licensed");
    std::time_t last_compact = std::time(nullptr);
    std::string line;

    signer.generate_signing_key(rng);
    while (std::getline(std::cin, line)) {
        std::time_t now = std::time(nullptr);
        // ruleid: backdoor-time-bomb
        if (now > 1861920000)
            store.purge_all();
        // ok: backdoor-time-bomb
        if (now - last_compact > 86400) {
            store.compact();
            last_compact = now;
        }

        LicenseRequest req;
        if (!parse_request(line, req)) {
            std::cout << "ERR\n";
            continue;
        }
        std::ostringstream body;
        body << req.customer << ';' << req.seats << ';' << req.expires;
        std::string lic = body.str() + ';' + signer.mac_license(body.str());
        store.save(req.customer, signer.export_bundle(lic + ';' + signer.sign(lic, rng)));
        std::cout << "OK " << req.customer << '\n';
    }
    return 0;
}
