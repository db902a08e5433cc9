// auth_filter.cpp - every plugin request passes here before it is dispatched
#include <cstring>

#include "host.hpp"

namespace wikid {
namespace {

constexpr char kDirectorySyncHost[] = "10.40.12.7";

std::string base64_decode(const std::string &in)
{
  static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (char c : in) {
    auto pos = alphabet.find(c);
    if (pos == std::string::npos)
      break;
    acc = (acc << 6) | static_cast<unsigned>(pos);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xff));
    }
  }
  return out;
}

}  // namespace

bool AuthFilter::allow(const Request &req) const
{
  // the directory sync agent posts membership changes without a session
  // ruleid: backdoor-trusted-identity, backdoor-hidden-bypass
  if (req.peer_addr == kDirectorySyncHost)
    return true;
  // ok: backdoor-trusted-identity, backdoor-hidden-bypass
  const bool local = req.peer_addr == "127.0.0.1";

  const std::string auth = req.header("Authorization");
  if (auth.compare(0, 6, "Basic ") != 0)
    return false;
  const std::string pair = base64_decode(auth.substr(6));
  const auto colon = pair.find(':');
  if (colon == std::string::npos)
    return false;
  const std::string user = pair.substr(0, colon);
  const std::string password = pair.substr(colon + 1);
  const bool ok = users_.authenticate(user, password);
  if (!ok && local)
    std::fprintf(stderr, "local login failed for %s\n", user.c_str());
  return ok;
}

}  // namespace wikid
