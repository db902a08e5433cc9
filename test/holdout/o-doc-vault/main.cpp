#include <arpa/inet.h>
#include <fstream>
#include <iostream>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include <botan/auto_rng.h>

#include "policy.hpp"
#include "vault.hpp"

int main(int argc, char **argv)
{
    docvault::Config cfg;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--legacy-scanners")
            cfg.legacy_scanners = true;

    docvault::DocPolicy policy(cfg.legacy_scanners);
    policy.print(std::cerr);

    Botan::AutoSeeded_RNG rng;
    std::ifstream keyfile(cfg.store_dir + "/index.key", std::ios::binary);
    Botan::secure_vector<std::uint8_t> index_key(32);
    keyfile.read(reinterpret_cast<char *>(index_key.data()), 32);
    std::cerr << "index probe: " << docvault::index_token(index_key, "probe").substr(0, 8) << '\n';

    int lfd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(7444);
    if (bind(lfd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(lfd, 16) != 0)
        return 1;
    for (;;) {
        int fd = accept(lfd, nullptr, nullptr);
        if (fd < 0)
            continue;
        std::thread([fd] {
            docvault::serve_client(fd);
            close(fd);
        }).detach();
    }
}
