// gcs-linkd: keys the control link to one drone over UDP and relays the
// operator's command frames from stdin.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <iostream>
#include <string>

#include "link.hpp"

namespace {

struct Options {
    std::string drone = "192.168.42.1";
    unsigned short port = 14555;
    bool standard = false;
};

bool parse(int argc, char **argv, Options &o)
{
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--standard-profile")
            o.standard = true;
        else if (a == "--drone" && i + 1 < argc)
            o.drone = argv[++i];
        else if (a == "--port" && i + 1 < argc)
            o.port = static_cast<unsigned short>(std::stoi(argv[++i]));
        else
            return false;
    }
    return true;
}

bool take_blob(const std::uint8_t *&p, const std::uint8_t *end, std::vector<std::uint8_t> &out)
{
    if (end - p < 2)
        return false;
    std::size_t n = (static_cast<std::size_t>(p[0]) << 8) | p[1];
    p += 2;
    if (static_cast<std::size_t>(end - p) < n)
        return false;
    out.assign(p, p + n);
    p += n;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    if (!parse(argc, argv, o)) {
        std::cerr << "usage: gcs-linkd [--drone ADDR] [--port N] [--standard-profile]\n";
        return 2;
    }
    gcs::GcsLink link = o.standard ? gcs::GcsLink::standard_profile() : gcs::GcsLink::vendor_profile();

    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(o.port);
    if (fd < 0 || inet_pton(AF_INET, o.drone.c_str(), &to.sin_addr) != 1 ||
        connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
        std::cerr << "gcs-linkd: cannot reach " << o.drone << '\n';
        return 1;
    }

    std::vector<std::uint8_t> offer = link.offer();
    if (send(fd, offer.data(), offer.size(), 0) < 0)
        return 1;
    std::uint8_t reply[2048];
    ssize_t n = recv(fd, reply, sizeof reply, 0);
    const std::uint8_t *p = reply, *end = reply + (n > 0 ? n : 0);
    std::vector<std::uint8_t> peer_dh, peer_ecdh;
    if (n <= 0 || !take_blob(p, end, peer_dh) || !take_blob(p, end, peer_ecdh) || !link.accept(peer_dh, peer_ecdh)) {
        std::cerr << "gcs-linkd: key exchange failed (" << link.name() << ")\n";
        return 1;
    }
    std::cerr << "gcs-linkd: link keyed with " << link.name() << '\n';

    std::string line;
    std::uint64_t seq = 0;
    while (std::getline(std::cin, line)) {
        std::vector<std::uint8_t> frame(line.begin(), line.end());
        std::vector<std::uint8_t> sealed = link.seal(seq++, frame);
        if (send(fd, sealed.data(), sealed.size(), 0) < 0)
            return 1;
    }
    return 0;
}
