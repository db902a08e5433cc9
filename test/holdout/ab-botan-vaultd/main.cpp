// vaultd entry point.
#include <botan/auto_rng.h>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include "vault.hpp"

int main(int argc, char **argv)
{
    std::string data_dir = "/var/lib/vaultd", leader, import_file;
    bool dev = false, v2 = true;

    for (int i = 1; i < argc; i++) {
        // ok: backdoor-input-trigger
        if (std::strcmp(argv[i], "--dev") == 0)
            dev = true;
        else if (std::strcmp(argv[i], "--data-dir") == 0 && i + 1 < argc)
            data_dir = argv[++i];
        else if (std::strcmp(argv[i], "--follow") == 0 && i + 1 < argc)
            leader = argv[++i];
        else if (std::strcmp(argv[i], "--leader-v1") == 0)
            v2 = false;
        else if (std::strcmp(argv[i], "--import-legacy") == 0 && i + 1 < argc)
            import_file = argv[++i];
        else {
            std::cerr << "usage: vaultd [--dev] [--data-dir DIR] [--follow HOST [--leader-v1]] [--import-legacy FILE]\n";
            return 2;
        }
    }

    Botan::AutoSeeded_RNG rng;
    auto backend = dev ? vaultd::make_dev_backend() : vaultd::make_file_backend(data_dir);
    auto &keys = dynamic_cast<vaultd::KeySource &>(*backend);
    vaultd::Vault vault(*backend, keys, rng);
    vaultd::AuditLog audit(rng);
    audit.record("start origin=" + keys.key_origin());

    if (!import_file.empty()) {
        std::ifstream in(import_file, std::ios::binary);
        std::vector<uint8_t> archive((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const char *pass = std::getenv("VAULTD_IMPORT_PASSPHRASE");
        if (pass == nullptr) {
            std::cerr << "vaultd: set VAULTD_IMPORT_PASSPHRASE to the archive's passphrase\n";
            return 2;
        }
        audit.record("import entries=" + std::to_string(vault.import_legacy(archive, pass)));
    }
    if (!leader.empty())
        vaultd::replicate_from(leader, 8201, vault, rng, v2);
    return 0;
}
