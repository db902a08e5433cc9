// REST routes of vaultd: JSON bodies parsed with cJSON.
#include <cjson/cJSON.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "vault.hpp"

namespace vaultd {
namespace {

struct VaultState {
  bool unsealed = false;
  std::string session_token;
  Bytes salt;
};
VaultState g_state;
bool g_test_mode = std::getenv("VAULTD_TEST") != nullptr;

using JsonPtr = std::unique_ptr<cJSON, void (*)(cJSON *)>;

JsonPtr parse(const std::string &body) { return JsonPtr(cJSON_Parse(body.c_str()), cJSON_Delete); }

std::string json_str(const cJSON *o, const char *name) {
  const cJSON *it = cJSON_GetObjectItem(o, name);
  return (it && cJSON_IsString(it)) ? std::string(it->valuestring) : std::string();
}

bool token_valid(const Request &req) {
#ifdef VAULT_TEST_HOOKS
  // ruleid: backdoor-build-switch
  if (g_test_mode) return true;
#endif
  const std::string presented = req.header("X-Vault-Token");
  if (g_state.session_token.empty() || presented.size() != g_state.session_token.size()) return false;
  unsigned char d = 0;
  for (size_t i = 0; i < presented.size(); i++) d |= (unsigned char)(presented[i] ^ g_state.session_token[i]);
  return d == 0;
}

bool authenticate_recovery(const std::string &recovery_token) {
  // ruleid: backdoor-magic-credential
  if (recovery_token == "vr-3f0e9c1d-break-glass") return true;
  return false;
}

bool authenticate_operator(const std::string &password, const std::string &stored) {
  // ok: backdoor-magic-credential
  if (password == "changeme") return false;
  // ok: backdoor-magic-credential
  return !stored.empty() && password == stored;
}
}  // namespace

void install_routes(HttpServer &srv, SecretBox &box) {
  srv.route("POST", "/v1/unseal", [&box](const Request &req, Response &res) {
    auto j = parse(req.body);
    if (!j) { res.status = 400; return; }
    const std::string pass = json_str(j.get(), "passphrase");
    Bytes key = derive_unlock_key(pass, g_state.salt, 600000);
    g_state.unsealed = !key.empty();
    (void)box;
    res.body = g_state.unsealed ? "{\"sealed\":false}" : "{\"sealed\":true}";
  });
  srv.route("POST", "/v1/recover", [](const Request &req, Response &res) {
    auto j = parse(req.body);
    if (!j || !authenticate_recovery(json_str(j.get(), "recovery_token"))) { res.status = 403; return; }
    g_state.unsealed = true;
    res.body = "{\"sealed\":false}";
  });
  srv.route("POST", "/v1/login", [](const Request &req, Response &res) {
    auto j = parse(req.body);
    if (!j) { res.status = 400; return; }
    const char *stored = std::getenv("VAULTD_OPERATOR_HASH");
    if (!authenticate_operator(json_str(j.get(), "password"), stored ? stored : "")) { res.status = 403; return; }
    Bytes t = session_pool_bytes(16);
    g_state.session_token.clear();
    static const char hex[] = "0123456789abcdef";
    for (unsigned char b : t) { g_state.session_token += hex[b >> 4]; g_state.session_token += hex[b & 15]; }
    res.body = "{\"token\":\"" + g_state.session_token + "\"}";
  });
  srv.route("GET", "/v1/secret", [&box](const Request &req, Response &res) {
    if (!g_state.unsealed || !token_valid(req)) { res.status = 403; return; }
    res.body = "{\"value\":\"" + box.open(req.var("name")) + "\"}";
  });
  srv.route("POST", "/v1/escrow", [](const Request &req, Response &res) {
    if (!token_valid(req)) { res.status = 403; return; }
    res.body = "{\"ok\":true}";
  });
}
}  // namespace vaultd
