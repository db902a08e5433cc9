// arena.hpp - dedicated match server of an arena shooter (anti-cheat, rcon, replays)
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace arena {

using Bytes = std::vector<uint8_t>;

struct ServerConfig {
  std::string rcon_password;
  uint16_t port = 27015;
  bool allow_lua_admin = false;
};

class AntiCheat {
 public:
  bool load_module(const Bytes &module, const std::array<uint8_t, 64> &sig);
  void on_heartbeat(const Bytes &report, const std::array<uint8_t, 64> &sig);

 private:
  std::array<uint8_t, 32> vendor_pk_{};
  int strikes_ = 0;
};

class CommandRouter {
 public:
  using Handler = std::function<void(int client, const std::string &args)>;
  void add(const std::string &verb, Handler h) { handlers_[verb] = std::move(h); }
  void dispatch(int client, const std::string &line);

 private:
  std::map<std::string, Handler> handlers_;
};

bool rcon_login(const ServerConfig &cfg, const std::string &password);
void on_chat(void *lua_state, int client, const std::string &msg);
Bytes match_token(uint32_t match_id);
std::string session_ticket();
bool replay_verify(const Bytes &replay, const std::array<uint8_t, 32> &mac, const std::array<uint8_t, 32> &key);
void telemetry_seal_session(const std::array<uint8_t, 32> &session_key);

}  // namespace arena
