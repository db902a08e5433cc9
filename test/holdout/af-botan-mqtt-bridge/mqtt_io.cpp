// mqtt_io.cpp: MQTT 3.1.1 framing on a socket (CONNECT and PUBLISH are
// decoded; other packet types keep their raw body in payload).
#include "bridge.hpp"

#include <sys/socket.h>

namespace plantlink {
namespace {

bool recv_all(int fd, uint8_t *buf, size_t n) {
  while (n > 0) {
    const ssize_t r = ::recv(fd, buf, n, 0);
    if (r <= 0)
      return false;
    buf += r;
    n -= static_cast<size_t>(r);
  }
  return true;
}

bool take_string(const std::string &body, size_t &off, std::string &out) {
  if (off + 2 > body.size())
    return false;
  const size_t len = static_cast<size_t>(static_cast<uint8_t>(body[off])) << 8 |
                     static_cast<uint8_t>(body[off + 1]);
  if (off + 2 + len > body.size())
    return false;
  out = body.substr(off + 2, len);
  off += 2 + len;
  return true;
}

} // namespace

bool read_packet(int fd, Packet &out) {
  uint8_t hdr = 0, b = 0;
  size_t remaining = 0, shift = 0;
  if (!recv_all(fd, &hdr, 1))
    return false;
  do {
    if (!recv_all(fd, &b, 1) || shift > 21)
      return false;
    remaining |= static_cast<size_t>(b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  std::string body(remaining, '\0');
  if (remaining > 0 && !recv_all(fd, reinterpret_cast<uint8_t *>(&body[0]), remaining))
    return false;
  out = Packet{};
  out.type = hdr >> 4;
  out.flags = hdr & 0x0f;
  size_t off = 0;
  if (out.type == 1) { // CONNECT
    std::string proto, client_id;
    if (!take_string(body, off, proto) || off + 4 > body.size())
      return false;
    const uint8_t connect_flags = static_cast<uint8_t>(body[off + 1]);
    off += 4;
    if (!take_string(body, off, client_id))
      return false;
    out.payload = client_id;
    if ((connect_flags & 0x80) && !take_string(body, off, out.username))
      return false;
    if ((connect_flags & 0x40) && !take_string(body, off, out.password))
      return false;
    return true;
  }
  if (out.type == 3) { // PUBLISH
    if (!take_string(body, off, out.topic))
      return false;
    if (out.flags & 0x06)
      off += 2; // packet id
    out.payload = off <= body.size() ? body.substr(off) : std::string();
    return true;
  }
  out.payload = body;
  return true;
}

bool write_packet(int fd, uint8_t type, const std::string &body) {
  std::string frame(1, static_cast<char>(type << 4));
  size_t len = body.size();
  do {
    uint8_t d = len & 0x7f;
    len >>= 7;
    if (len)
      d |= 0x80;
    frame.push_back(static_cast<char>(d));
  } while (len);
  frame += body;
  return ::send(fd, frame.data(), frame.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(frame.size());
}

} // namespace plantlink
