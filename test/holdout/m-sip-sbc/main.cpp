// edge-sbc: UDP 5060
#include <cstring>
#include <iostream>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "sbc.hpp"

int main(int argc, char **argv)
{
    const std::string realm = argc > 1 ? argv[1] : "pbx.example.net";

    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(5060);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0) {
        std::cerr << "edge-sbc: cannot bind 5060\n";
        return 1;
    }

    sbc::Registrar registrar(realm, "/etc/edge-sbc/users.ha1", "/etc/edge-sbc/nonce.key");
    sbc::Scripting scripting;
    scripting.source("/etc/edge-sbc/routing.tcl");
    sbc::SrtpKeyGen keygen;
    sbc::Router router(fd, registrar, scripting, keygen);

    char buf[65536];
    for (;;) {
        sbc::SipMessage msg;
        socklen_t slen = sizeof msg.source;
        const ssize_t n = ::recvfrom(fd, buf, sizeof buf, 0, reinterpret_cast<sockaddr *>(&msg.source), &slen);
        if (n <= 0)
            continue;
        if (!sbc::parse_sip(buf, static_cast<std::size_t>(n), msg))
            continue;
        router.on_message(msg);
    }
}
