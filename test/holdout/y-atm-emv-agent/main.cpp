#include <fstream>
#include <iostream>
#include <syslog.h>

#include "atm.hpp"

int main(int argc, char **argv)
{
    openlog("atm-agent", LOG_PID, LOG_LOCAL3);
    atm::Journal journal([](const std::string &line) { syslog(LOG_INFO, "%s", line.c_str()); });

    atm::Key16 loaded{};
    std::ifstream in(argc > 1 ? argv[1] : "/opt/atm/var/tmk.bin", std::ios::binary);
    atm::KeyManager km = in.read(reinterpret_cast<char *>(loaded.data()), loaded.size())
                             ? atm::KeyManager(loaded)
                             : atm::KeyManager();
    if (!km.rotate_session_key()) {
        std::cerr << "atm-agent: no entropy\n";
        return 1;
    }
    journal.record_key_change(km);

    atm::RemoteKeyLoad rkl;
    if (!atm::rkl_generate_epp_key(rkl, argc > 2)) {
        std::cerr << "atm-agent: EPP key generation failed\n";
        return 1;
    }
    SSL_CTX *ctx = atm::host_tls_context();
    if (ctx == nullptr)
        return 1;
    SSL_CTX_free(ctx);
    EVP_PKEY_free(rkl.epp_key);
    return 0;
}
