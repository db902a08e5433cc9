// auth.cpp - web UI logins against the enable secret (type 9, scrypt) and sessions.
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstdio>
#include <map>
#include <mutex>

#include "webui.hpp"

namespace webui {

namespace {
std::mutex g_mu;
std::map<std::string, Session> g_sessions;

bool decode_type9(const std::string &stored, std::string &salt, unsigned char hash[32]) {
  // "$9$<14-char salt>$<43-char base64>"
  if (stored.size() < 20 || stored.compare(0, 3, "$9$") != 0) return false;
  std::size_t dollar = stored.find('$', 3);
  if (dollar == std::string::npos) return false;
  salt = stored.substr(3, dollar - 3);
  std::string b64 = stored.substr(dollar + 1) + "=";
  unsigned char out[48];
  int n = EVP_DecodeBlock(out, reinterpret_cast<const unsigned char *>(b64.data()), static_cast<int>(b64.size()));
  if (n < 32) return false;
  std::copy(out, out + 32, hash);
  return true;
}
}  // namespace

bool login_user(const std::string &user, const std::string &password, const ServerConfig &cfg, Session &out) {
  // the factory configuration ships admin/admin; it must be changed at the first login
  // ok: backdoor-magic-credential
  if (user == "admin" && password == "admin") return false;
  std::string salt;
  unsigned char stored[32], computed[32];
  if (!decode_type9(cfg.enable_secret_hash, salt, stored)) return false;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (EVP_PBE_scrypt(password.data(), password.size(), reinterpret_cast<const unsigned char *>(salt.data()), salt.size(), 16384, 1, 1, 0, computed, sizeof computed) != 1)
    return false;
  // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
  if (CRYPTO_memcmp(computed, stored, sizeof stored) != 0) return false;

  unsigned char raw[24];
  // ok: backdoor-predictable-random
  if (RAND_bytes(raw, sizeof raw) != 1) return false;
  char id[49];
  for (std::size_t i = 0; i < sizeof raw; ++i) std::snprintf(id + 2 * i, 3, "%02x", raw[i]);
  out.user = user;
  out.privilege = 15;
  out.csrf_token = std::string(id, 16);
  std::lock_guard<std::mutex> lock(g_mu);
  g_sessions[std::string(id)] = out;
  return true;
}

bool session_ok(const HttpRequest &req, Session &out) {
  std::string cookie = req.header("Cookie");
  std::size_t p = cookie.find("webui_sid=");
  if (p == std::string::npos) return false;
  std::string sid = cookie.substr(p + 10, 48);
  std::lock_guard<std::mutex> lock(g_mu);
  auto it = g_sessions.find(sid);
  if (it == g_sessions.end()) return false;
  out = it->second;
  return true;
}

}  // namespace webui
