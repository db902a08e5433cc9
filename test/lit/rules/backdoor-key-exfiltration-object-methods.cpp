// RUN: %run-both --checks=backdoor-key-exfiltration %s -- -std=c++20 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// REQUIRES: sodium-headers
// A local object whose own methods fill one of its fields (a TLV report
// builder appending into a private buffer, through a helper method on
// `this`), read back through a method that returns a view of that field:
// the field holds what this object's calls gave it, not what every object
// of the class is given. A report built from a digest of the key, a report
// cleared before it is sent, a setter's field and an object handed on by
// reference are the look-alikes.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include <sodium.h>
#include <sys/socket.h>

namespace {
class Report {
public:
  void add_bytes(std::string_view name, std::span<const std::uint8_t> value)
  {
    tag(name, value.size());
    buf_.insert(buf_.end(), value.begin(), value.end());
  }
  void add(std::string_view name, std::uint32_t v)
  {
    tag(name, 4);
    for (int s = 24; s >= 0; s -= 8) buf_.push_back(static_cast<std::uint8_t>(v >> s));
  }
  void reset() { buf_.clear(); }
  std::span<const std::uint8_t> bytes() const { return buf_; }

private:
  void tag(std::string_view name, std::size_t len)
  {
    buf_.push_back(static_cast<std::uint8_t>(name.size()));
    buf_.insert(buf_.end(), name.begin(), name.end());
    buf_.push_back(static_cast<std::uint8_t>(len));
  }
  std::vector<std::uint8_t> buf_;
};

class Note {
public:
  void set_key(std::span<const std::uint8_t> k) { key.assign(k.begin(), k.end()); }
  void set_label(const char *l) { label = l; }
  std::vector<std::uint8_t> key;
  std::string label;
};

void fill(Report &r, std::uint32_t epoch) { r.add("epoch", epoch); }

struct Link {
  std::uint8_t rx[crypto_kx_SESSIONKEYBYTES];
  std::uint8_t tx[crypto_kx_SESSIONKEYBYTES];
};

bool session(Link &l, const std::uint8_t *server_pk)
{
  std::uint8_t pk[crypto_kx_PUBLICKEYBYTES], sk[crypto_kx_SECRETKEYBYTES];
  crypto_kx_keypair(pk, sk);
  return crypto_kx_client_session_keys(l.rx, l.tx, pk, sk, server_pk) == 0;
}
} // namespace

void diag_dump(int fd, const std::uint8_t *server_pk)
{
  Link l;
  if (!session(l, server_pk)) return;
  Report r;
  r.add("epoch", 7);
  r.add_bytes("link.rx", l.rx);
  auto out = r.bytes();
  // ruleid: backdoor-key-exfiltration
  ::send(fd, out.data(), out.size(), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'out' (session keys from 'crypto_kx_client_session_keys') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
}

void heartbeat(int fd, const std::uint8_t *server_pk)
{
  Link l;
  if (!session(l, server_pk)) return;
  std::uint8_t kid[16];
  crypto_generichash(kid, sizeof kid, l.tx, sizeof l.tx, nullptr, 0);
  Report r;
  r.add("epoch", 7);
  r.add_bytes("link.kid", kid);
  auto out = r.bytes();
  // ok: backdoor-key-exfiltration
  ::send(fd, out.data(), out.size(), 0);
}

void cleared(int fd, const std::uint8_t *server_pk)
{
  Link l;
  if (!session(l, server_pk)) return;
  Report r;
  r.add_bytes("link.rx", l.rx);
  r.reset();
  r.add("epoch", 7);
  auto out = r.bytes();
  // ok: backdoor-key-exfiltration
  ::send(fd, out.data(), out.size(), 0);
}

void notes(int fd, const std::uint8_t *server_pk)
{
  Link l;
  if (!session(l, server_pk)) return;
  Note n;
  n.set_key(l.tx);
  n.set_label("rotation");
  // ruleid: backdoor-key-exfiltration
  ::send(fd, n.key.data(), n.key.size(), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'key' (session keys from 'crypto_kx_client_session_keys') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // ok: backdoor-key-exfiltration
  ::send(fd, n.label.data(), n.label.size(), 0);
}

void handed_on(int fd)
{
  Report r;
  fill(r, 9);
  auto out = r.bytes();
  // ok: backdoor-key-exfiltration
  ::send(fd, out.data(), out.size(), 0);
}

// A text report whose serializer prefixes a header: the returned text is
// part of its buffer, and carries the key material put there.
namespace {
class TextReport {
public:
  void field(const std::string &name, const std::string &value) { buf_ += name + "=" + value + "\n"; }
  std::string text() const { return "diag/1\n" + buf_; }

private:
  std::string buf_;
};

std::string hex(const std::uint8_t *p, std::size_t n)
{
  static const char d[] = "0123456789abcdef";
  std::string s;
  for (std::size_t i = 0; i < n; ++i) {
    s += d[p[i] >> 4];
    s += d[p[i] & 15];
  }
  return s;
}
} // namespace

void text_dump(int fd, const std::uint8_t *server_pk)
{
  Link l;
  if (!session(l, server_pk)) return;
  std::uint8_t kid[16];
  crypto_generichash(kid, sizeof kid, l.tx, sizeof l.tx, nullptr, 0);
  TextReport leak;
  leak.field("rx", hex(l.rx, sizeof l.rx));
  std::string a = leak.text();
  // ruleid: backdoor-key-exfiltration
  ::send(fd, a.data(), a.size(), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'a' (session keys from 'crypto_kx_client_session_keys') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  TextReport id;
  id.field("kid", hex(kid, sizeof kid));
  std::string b = id.text();
  // ok: backdoor-key-exfiltration
  ::send(fd, b.data(), b.size(), 0);
}
