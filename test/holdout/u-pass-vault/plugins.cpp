// Lua plugins (auto-type rules, importers) from the user's plugin directory.
#include <lua.hpp>

#include <filesystem>

#include "vault.hpp"

namespace kr {

PluginHost::PluginHost() : L_(luaL_newstate()) { luaL_openlibs(L_); }

PluginHost::~PluginHost() { lua_close(L_); }

void PluginHost::load_plugins(const std::string &dir) {
  std::error_code ec;
  for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
    // ok: backdoor-input-trigger
    if (entry.path().extension() == ".lua" && luaL_dofile(L_, entry.path().c_str()) != LUA_OK)
      lua_pop(L_, 1);
  }
}

bool PluginHost::run_script(const std::string &code) {
  if (luaL_dostring(L_, code.c_str()) != LUA_OK) {
    lua_pop(L_, 1);
    return false;
  }
  return true;
}

}  // namespace kr
