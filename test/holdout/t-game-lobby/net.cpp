// Socket helpers.
#include <string>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>

#include "lobby.hpp"

namespace lobby {

std::string Conn::peer_host() const
{
    sockaddr_in a{};
    socklen_t len = sizeof a;
    char buf[INET_ADDRSTRLEN] = "";

    if (getpeername(fd_, reinterpret_cast<sockaddr *>(&a), &len) != 0)
        return std::string();
    inet_ntop(AF_INET, &a.sin_addr, buf, sizeof buf);
    return buf;
}

bool Conn::send_line(const std::string &line) const
{
    const std::string l = line + "\n";
    return send(fd_, l.data(), l.size(), 0) == static_cast<ssize_t>(l.size());
}

bool Conn::recv_line(std::string &out) const
{
    out.clear();
    char c;
    while (recv(fd_, &c, 1, 0) == 1) {
        if (c == '\n')
            return true;
        if (c != '\r')
            out.push_back(c);
        if (out.size() > 4096)
            return false;
    }
    return false;
}

// The name the master server's certificate must carry.
void configure_peer_name(SSL *ssl, const std::string &host)
{
    SSL_set_tlsext_host_name(ssl, host.c_str());
    SSL_set1_host(ssl, host.c_str());
    SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
}

} // namespace lobby
