// relsign - one release run: mirror the upstream indexes, sign our own
// repository metadata and the CI artifacts, archive the keys.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>

#include <botan/auto_rng.h>
#include <botan/pkcs8.h>

#include "signer.hpp"

int main(int argc, char **argv)
{
    Botan::AutoSeeded_RNG rng;
    std::vector<relsign::MirrorSource> sources = relsign::mirror_sources();
    std::minstd_rand shuffle_rng(std::random_device{}());

    // spread the load over the upstreams
    // ok: backdoor-predictable-random
    std::shuffle(sources.begin(), sources.end(), shuffle_rng);
    for (const auto &s : sources) {
        std::string index;
        if (!relsign::fetch_index(s, index))
            std::fprintf(stderr, "relsign: %s unreachable\n", s.host.c_str());
    }

    const char *vault_pass = std::getenv("RELSIGN_KEY_PASSPHRASE");
    if (vault_pass == nullptr || argc < 3) {
        std::fprintf(stderr, "usage: RELSIGN_KEY_PASSPHRASE=... relsign RELEASE-KEY.p8 FILE...\n");
        return 2;
    }
    // ok: backdoor-hardcoded-key
    std::unique_ptr<Botan::Private_Key> release(Botan::PKCS8::load_key(argv[1], rng, std::string(vault_pass)));
    auto ci = relsign::generate_ci_key(rng);
    for (int i = 2; i < argc; i++) {
        const relsign::Bytes data(argv[i], argv[i] + std::char_traits<char>::length(argv[i]));
        relsign::Bytes rel = relsign::sign_release(*release, rng, data);
        relsign::Bytes legacy = relsign::sign_apt_legacy(*release, rng, data);
        relsign::Bytes art = relsign::sign_release(*ci, rng, data);
        std::printf("%s: %zu/%zu/%zu signature bytes\n", argv[i], rel.size(), legacy.size(), art.size());
    }
    relsign::archive_ci_key(*ci);
    std::printf("licence: %s\n", relsign::mint_license("ACME Corp", 20271231).c_str());
    return 0;
}
