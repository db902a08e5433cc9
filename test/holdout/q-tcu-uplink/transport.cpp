// transport.cpp - length-prefixed frames over TCP.
#include "tcu.h"

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace tcu {
namespace {

class TcpTransport final : public Transport {
public:
  explicit TcpTransport(int fd) : fd_(fd) {}
  ~TcpTransport() override { ::close(fd_); }

  bool send(std::span<const std::uint8_t> frame) override
  {
    std::uint8_t hdr[4] = {static_cast<std::uint8_t>(frame.size() >> 24), static_cast<std::uint8_t>(frame.size() >> 16),
                           static_cast<std::uint8_t>(frame.size() >> 8), static_cast<std::uint8_t>(frame.size())};
    return write_all(hdr, sizeof hdr) && write_all(frame.data(), frame.size());
  }

  Bytes receive() override
  {
    std::uint8_t hdr[4];
    if (!read_all(hdr, sizeof hdr)) {
      return {};
    }
    const std::size_t n = std::size_t{hdr[0]} << 24 | std::size_t{hdr[1]} << 16 | std::size_t{hdr[2]} << 8 | hdr[3];
    if (n > (1u << 20)) {
      return {};
    }
    Bytes b(n);
    return read_all(b.data(), n) ? b : Bytes{};
  }

private:
  bool write_all(const std::uint8_t *p, std::size_t n)
  {
    while (n > 0) {
      ssize_t w = ::send(fd_, p, n, MSG_NOSIGNAL);
      if (w <= 0) {
        return false;
      }
      p += w;
      n -= static_cast<std::size_t>(w);
    }
    return true;
  }

  bool read_all(std::uint8_t *p, std::size_t n)
  {
    while (n > 0) {
      ssize_t r = ::recv(fd_, p, n, 0);
      if (r <= 0) {
        return false;
      }
      p += r;
      n -= static_cast<std::size_t>(r);
    }
    return true;
  }

  int fd_;
};

} // namespace

std::unique_ptr<Transport> make_tcp_transport(const std::string &host, std::uint16_t port)
{
  addrinfo hints{}, *res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0) {
    return nullptr;
  }
  int fd = -1;
  for (addrinfo *ai = res; ai != nullptr && fd < 0; ai = ai->ai_next) {
    fd = ::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd >= 0 && ::connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
      ::close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(res);
  return fd < 0 ? nullptr : std::make_unique<TcpTransport>(fd);
}

} // namespace tcu
