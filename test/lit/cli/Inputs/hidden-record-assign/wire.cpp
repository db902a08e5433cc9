#include <sys/socket.h>
#include <sys/types.h>
#include "bus.hpp"
namespace {
bool recv_full(int fd, std::uint8_t *buf, std::size_t n) {
  std::size_t got = 0;
  while (got < n) {
    const ssize_t r = ::recv(fd, buf + got, n - got, 0);
    if (r <= 0) return false;
    got += static_cast<std::size_t>(r);
  }
  return true;
}
} // namespace
bool read_pdu(int fd, Pdu &p) {
  std::uint8_t mbap[7];
  if (!recv_full(fd, mbap, sizeof mbap)) return false;
  std::vector<std::uint8_t> body(mbap[5] + 1u);
  if (!recv_full(fd, body.data(), body.size())) return false;
  p.client_fd = fd;
  p.function = body[0];
  p.data.assign(body.begin() + 1, body.end());
  p.subfunction = p.data.size() >= 2 ? static_cast<std::uint16_t>(p.data[0] << 8 | p.data[1]) : 0;
  return true;
}
void serve(int fd) {
  Handler h;
  Pdu p;
  while (read_pdu(fd, p))
    if (h.dispatch(p).empty()) break;
}
/* A request the program builds itself: no input. */
void replay_builtin(int fd) {
  Handler h;
  Pdu p;
  p.client_fd = fd;
  p.function = 0x5A;
  p.subfunction = 0x13A7;
  h.replay(p);
}
