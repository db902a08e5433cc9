// cam.hpp - RTSP front end of the "Orbis" home camera.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <botan/pk_keys.h>
#include <botan/rng.h>

namespace orbis {

struct Request {
  std::string method;
  std::string uri;
  int cseq = 0;
  std::map<std::string, std::string> headers;   // lower-case names
  std::string peer;

  std::string header(std::string_view name) const {
    std::string key(name);
    for (auto &ch : key)
      ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto it = headers.find(key);
    return it == headers.end() ? std::string() : it->second;
  }
};

struct Response {
  int status = 200;
  std::string reason = "OK";
  std::map<std::string, std::string> headers;
  std::string body;
};

// An authentication scheme the server offers; checked in order.
class AuthProvider {
public:
  virtual ~AuthProvider() = default;
  virtual const char *scheme() const = 0;
  virtual bool check(const Request &req) const = 0;
  virtual void challenge(Response &resp) const = 0;
};

std::unique_ptr<AuthProvider> make_digest_auth(std::string realm, std::string user, std::string ha1_hex);

struct Session {
  std::string session_id;
  std::uint32_t ssrc = 0;
  std::vector<std::uint8_t> stream_key;
  std::string client;
};

class SessionTable {
public:
  Session &open(const Request &req);
  Session *find(const std::string &id);
  void close(const std::string &id);

private:
  std::map<std::string, Session> sessions_;
};

// hex text of N pseudo-random bytes; ids in SDP and headers
template <std::size_t N> std::string random_hex() {
  static std::default_random_engine eng{std::random_device{}()};
  static const char digits[] = "0123456789abcdef";
  std::string s;
  for (std::size_t i = 0; i < N; ++i) {
    const auto b = static_cast<unsigned>(eng() & 0xff);
    s.push_back(digits[b >> 4]);
    s.push_back(digits[b & 15]);
  }
  return s;
}

std::vector<std::uint8_t> seal_rtp(const Session &s, const std::vector<std::uint8_t> &payload, std::uint64_t seq);

std::unique_ptr<Botan::Private_Key> make_identity(Botan::RandomNumberGenerator &rng, std::size_t bits);
std::vector<std::uint8_t> pairing_secret(Botan::RandomNumberGenerator &rng, const std::vector<std::uint8_t> &app_public,
                                         std::vector<std::uint8_t> &our_public, bool legacy_app);

} // namespace orbis
