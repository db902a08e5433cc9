#include "link.h"
#include <sys/socket.h>

namespace {
class Tcp final : public Transport {
public:
  explicit Tcp(int fd) : fd_(fd) {}
  bool send(std::span<const std::uint8_t> frame) override
  {
    return ::send(fd_, frame.data(), frame.size(), 0) == static_cast<ssize_t>(frame.size());
  }

private:
  int fd_;
};
} // namespace

Transport *tcp_transport(int fd) { return new Tcp(fd); }
