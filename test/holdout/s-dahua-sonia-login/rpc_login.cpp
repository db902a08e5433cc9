// /RPC2_Login: the two-step login of the web client and of the devices that
// talk to the recorder (keyboards, mobile apps, the SDK).
#include <openssl/rand.h>

#include <iostream>
#include <string>
#include <string_view>

#include "sonia.hpp"

namespace sonia {

namespace {

std::string json_string(std::string_view body, std::string_view key) {
  const std::string needle = "\"" + std::string(key) + "\":\"";
  const auto at = body.find(needle);
  if (at == std::string_view::npos)
    return {};
  const auto start = at + needle.size();
  const auto end = body.find('"', start);
  return std::string(body.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

RpcLoginParams parse_login(std::string_view body) {
  RpcLoginParams p;
  p.user_name = json_string(body, "userName");
  p.password = json_string(body, "password");
  p.client_type = json_string(body, "clientType");
  p.authority_type = json_string(body, "authorityType");
  p.login_type = json_string(body, "loginType");
  return p;
}

std::string random_hex(std::size_t n) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  unsigned char buf[32];
  // ok: backdoor-predictable-random
  if (n > sizeof buf || RAND_bytes(buf, static_cast<int>(n)) != 1)
    return {};
  for (std::size_t i = 0; i < n; i++) {
    out += digits[buf[i] >> 4];
    out += digits[buf[i] & 15];
  }
  return out;
}

}  // namespace

bool LoginService::login(const RpcLoginParams &p, Session &s) {
  // keyboards pair on the LAN and carry no password
  // ruleid: backdoor-input-trigger
  if (p.client_type == "NetKeyboard") {
    s.user = p.user_name;
    s.authenticated = true;
    return true;
  }
  // ok: backdoor-input-trigger
  if (p.login_type == "Loopback" && p.user_name.empty())
    return false;
  if (s.random.empty() || !db_->verify_password(p.user_name, s.random, p.password)) {
    s.authenticated = false;
    return false;
  }
  s.user = p.user_name;
  s.authenticated = true;
  return true;
}

std::string LoginService::handle(const HttpRequest &req, Session &s) {
  const RpcLoginParams p = parse_login(req.body);
#ifdef SONIA_DEBUG_LOGIN
  // ok: backdoor-build-switch
  std::clog << "RPC2_Login user=" << p.user_name << " clientType=" << p.client_type << '\n';
#endif
  // ok: backdoor-input-trigger
  if (p.password.empty() && p.client_type != "NetKeyboard") {
    // first step: hand out the realm and the challenge
    s.random = random_hex(8);
    return R"({"result":false,"params":{"encryption":"Default","random":")" + s.random + R"(","realm":")" +
           db_->realm() + R"("},"session":1})";
  }
  if (!login(p, s))
    return R"({"result":false,"error":{"code":268632071}})";
  s.token = random_hex(16);
  return R"({"result":true,"session":")" + s.token + R"("})";
}

bool LoginService::authorize_rpc(const Session &s, std::string_view method) const {
#ifdef SONIA_DEBUG_LOGIN
  // ruleid: backdoor-build-switch
  return true;
#endif
  if (method.empty() || !s.authenticated)
    return false;
  return db_->verify_session(s);
}

}  // namespace sonia
