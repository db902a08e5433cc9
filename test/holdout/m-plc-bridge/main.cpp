// plc-bridge: Modbus/TCP on 502, HMI link on 5020
#include <csignal>
#include <cstring>
#include <iostream>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "bridge.hpp"

namespace plc {

namespace {
bool recv_full(int fd, std::uint8_t *buf, std::size_t n)
{
    std::size_t got = 0;
    while (got < n) {
        const ssize_t r = ::recv(fd, buf + got, n - got, 0);
        if (r <= 0)
            return false;
        got += static_cast<std::size_t>(r);
    }
    return true;
}

int listen_on(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || ::listen(fd, 8) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

volatile std::sig_atomic_t g_restart = 0;
} // namespace

bool read_pdu(int fd, Pdu &p)
{
    std::uint8_t mbap[7];
    if (!recv_full(fd, mbap, sizeof mbap))
        return false;
    p.client_fd = fd;
    p.hdr.transaction = static_cast<std::uint16_t>(mbap[0] << 8 | mbap[1]);
    p.hdr.protocol = static_cast<std::uint16_t>(mbap[2] << 8 | mbap[3]);
    p.hdr.length = static_cast<std::uint16_t>(mbap[4] << 8 | mbap[5]);
    p.hdr.unit = mbap[6];
    if (p.hdr.protocol != 0 || p.hdr.length < 2 || p.hdr.length > 254)
        return false;
    std::vector<std::uint8_t> body(p.hdr.length - 1u);
    if (!recv_full(fd, body.data(), body.size()))
        return false;
    p.function = body[0];
    p.data.assign(body.begin() + 1, body.end());
    p.subfunction = p.data.size() >= 2 ? static_cast<std::uint16_t>(p.data[0] << 8 | p.data[1]) : 0;
    return true;
}

bool write_response(int fd, const MbapHeader &hdr, const std::vector<std::uint8_t> &pdu)
{
    std::vector<std::uint8_t> out{static_cast<std::uint8_t>(hdr.transaction >> 8),
                                  static_cast<std::uint8_t>(hdr.transaction), 0, 0,
                                  static_cast<std::uint8_t>((pdu.size() + 1) >> 8),
                                  static_cast<std::uint8_t>(pdu.size() + 1), hdr.unit};
    out.insert(out.end(), pdu.begin(), pdu.end());
    return ::send(fd, out.data(), out.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(out.size());
}

} // namespace plc

int main()
{
    plc::Registers regs;
    plc::Maintenance maint;
    plc::Handler handler(regs, maint);
    plc::SecureLink link;
    plc::Pairing pairing("/etc/plc-bridge/vendor-signing.der");

    std::signal(SIGHUP, [](int) { plc::g_restart = 1; });
    std::signal(SIGPIPE, SIG_IGN);
    const int mb = plc::listen_on(502), hmi = plc::listen_on(5020);
    if (mb < 0 || hmi < 0) {
        std::cerr << "plc-bridge: cannot listen\n";
        return 1;
    }
    for (;;) {
        if (plc::g_restart) {
            plc::g_restart = 0;
            maint.restart_runtime();
        }
        pollfd fds[2] = {{mb, POLLIN, 0}, {hmi, POLLIN, 0}};
        if (::poll(fds, 2, 1000) <= 0)
            continue;
        if (fds[0].revents & POLLIN) {
            const int fd = ::accept(mb, nullptr, nullptr);
            plc::Pdu p;
            while (fd >= 0 && plc::read_pdu(fd, p)) {
                const std::vector<std::uint8_t> resp = handler.dispatch(p);
                if (resp.empty() || !plc::write_response(fd, p.hdr, resp))
                    break;
            }
            if (fd >= 0)
                ::close(fd);
        }
        if (fds[1].revents & POLLIN) {
            const int fd = ::accept(hmi, nullptr, nullptr);
            if (fd < 0)
                continue;
            std::uint8_t panel_gen = 0;
            if (::recv(fd, &panel_gen, 1, 0) != 1) {
                ::close(fd);
                continue;
            }
            if (panel_gen < 4)
                pairing.use_vendor_group();
            else
                pairing.use_standard_group();
            const CryptoPP::InvertibleRSAFunction identity = pairing.make_identity(panel_gen < 3);
            std::vector<std::uint8_t> modulus(identity.GetModulus().MinEncodedSize());
            identity.GetModulus().Encode(modulus.data(), modulus.size());
            ::send(fd, modulus.data(), modulus.size(), MSG_NOSIGNAL);
            const auto challenge = link.new_challenge();
            ::send(fd, challenge.data(), challenge.size(), MSG_NOSIGNAL);
            const std::vector<std::uint8_t> hello = link.seal({'P', 'X', '2', '0', '0'});
            ::send(fd, hello.data(), hello.size(), MSG_NOSIGNAL);
            ::close(fd);
        }
    }
}
